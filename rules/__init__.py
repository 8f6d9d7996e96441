"""Shipped rule packs (YAML data), installed as claimcheck.packs."""
