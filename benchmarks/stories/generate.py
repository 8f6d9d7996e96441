# ruff: noqa: E501  (article templates and story data read better unwrapped)
"""Write the labelled story-grouping set: ``articles.jsonl`` and ``labels.csv``.

Usage: python benchmarks/stories/generate.py

Every event, place, company and person is invented. Each story is told by 2-5
articles of different outlets, in wordings of their own, some published days
later as follow-ups. Hard cases on purpose: two earthquakes in one country a
year apart, two fires in one city a week apart, one company in two different
deals, several stories of the same kind (floods, strikes, recalls) in
different places, and stories that share a region or an official.
The output is committed; re-running rewrites the same files.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
Template = Callable[[dict[str, str]], tuple[str, str]]


def quake() -> list[Template]:
    return [
        lambda s: (
            f"Magnitude {s['mag']} earthquake strikes near {s['town']}, killing {s['dead']}",
            f"A magnitude {s['mag']} earthquake struck near {s['town']} in {s['country']}'s "
            f"{s['region']} province on {s['day']}, killing at least {s['dead']} people and "
            f"injuring {s['hurt']}, the national disaster agency said. The quake hit at a shallow "
            f"depth of {s['depth']} kilometres, and residents of {s['town']} fled into the streets "
            f"as older brick houses collapsed. Rescue teams from {s['city']} were sent overnight.",
        ),
        lambda s: (
            f"{s['town']} counts its dead after {s['region']} quake",
            f"Rescuers in {s['town']} were still pulling survivors from rubble on {s['day']} after "
            f"the strongest earthquake to hit {s['region']} in decades. Officials put the death toll "
            f"at {s['dead']}. Seismologists at the {s['country']} Geological Institute measured the "
            f"tremor at {s['mag']} and warned of aftershocks. Mayor {s['mayor']} asked families to "
            f"sleep outdoors for a second night.",
        ),
        lambda s: (
            f"Aftershocks rattle {s['region']} as quake toll rises",
            f"Several aftershocks shook {s['town']} and nearby villages, days after the earthquake "
            f"that killed {s['dead']} people in {s['region']}. Mayor {s['mayor']} said {s['homeless']} "
            f"residents remain in tents on the football ground, and the government in {s['city']} "
            f"promised reconstruction money for the damaged schools and the old hospital.",
        ),
        lambda s: (
            f"Survivors in {s['town']} describe minutes of terror",
            f'"The whole house moved like a boat," said a shopkeeper in {s["town"]}, where the '
            f"{s['mag']} quake destroyed the market hall. The {s['region']} provincial governor said "
            f"{s['hurt']} people were treated in hospitals, and {s['dead']} were confirmed dead.",
        ),
    ]


def fire() -> list[Template]:
    return [
        lambda s: (
            f"Fire guts {s['building']} in {s['city']}",
            f"A fire tore through the {s['building']} on {s['street']} in {s['city']} early on "
            f"{s['day']}, and {s['hurt']} people were taken to hospital with smoke injuries. More "
            f"than {s['crews']} firefighters fought the blaze for hours, fire chief {s['chief']} "
            f"said. The cause was not yet known.",
        ),
        lambda s: (
            f"{s['street']} blaze: {s['hurt']} hurt, residents evacuated",
            f"Residents of {s['street']} were evacuated as flames spread from the {s['building']}. "
            f"{s['city']} fire chief {s['chief']} said {s['crews']} firefighters brought it under "
            f"control by mid-morning. {s['hurt']} people needed treatment.",
        ),
        lambda s: (
            f"Investigators examine wiring after {s['building']} fire",
            f"Fire investigators in {s['city']} said faulty wiring may have started the fire that "
            f"destroyed the {s['building']} on {s['street']} this week. Chief {s['chief']} said "
            f"the building's sprinklers had failed an inspection in the spring.",
        ),
    ]


def flood() -> list[Template]:
    return [
        lambda s: (
            f"{s['river']} bursts its banks, flooding {s['town']}",
            f"The {s['river']} river burst its banks on {s['day']} after days of heavy rain, "
            f"flooding much of {s['town']} and forcing {s['evacuated']} people from their homes. "
            f"Emergency services in {s['region']} said {s['dead']} people had died.",
        ),
        lambda s: (
            f"Thousands leave homes as {s['river']} floods {s['town']}",
            f"Soldiers and volunteers filled sandbags along the {s['river']} as water poured into "
            f"the lower streets of {s['town']}. Regional governor {s['governor']} said about "
            f"{s['evacuated']} residents were evacuated and {s['dead']} bodies recovered.",
        ),
        lambda s: (
            f"{s['town']} begins cleanup as {s['river']} recedes",
            f"Shop owners in {s['town']} shovelled mud from their floors as the {s['river']} fell "
            f"back below flood level. Governor {s['governor']} estimated the damage in "
            f"{s['region']} at {s['damage']} and asked the capital for emergency aid.",
        ),
        lambda s: (
            f"Was {s['town']} warned too late?",
            f"Residents of {s['town']} say sirens sounded only after the {s['river']} was already "
            f"in their kitchens. Governor {s['governor']} defended the warning system, which he said "
            f"had worked elsewhere in {s['region']}.",
        ),
    ]


def deal() -> list[Template]:
    return [
        lambda s: (
            f"{s['buyer']} to buy {s['target']} for {s['price']}",
            f"{s['buyer']} agreed on {s['day']} to acquire {s['target']}, a {s['sector']} company "
            f"based in {s['hq']}, for {s['price']} in cash, the companies said. {s['buyer']} chief "
            f"executive {s['ceo']} said the deal would close by the end of the year, subject to "
            f"approval by regulators.",
        ),
        lambda s: (
            f"{s['target']} shares jump on {s['buyer']} offer",
            f"Shares of {s['target']} rose {s['jump']} percent after {s['buyer']} announced a "
            f"{s['price']} takeover. Analysts said the purchase gives {s['buyer']} a foothold in "
            f"{s['sector']}. {s['ceo']} told analysts on a call that no jobs would be cut in "
            f"{s['hq']}.",
        ),
        lambda s: (
            f"Unions seek guarantees over {s['target']} takeover",
            f"Workers at {s['target']} in {s['hq']} asked for written job guarantees after the "
            f"agreed sale to {s['buyer']}. {s['ceo']}, who will run the combined company, met union "
            f"leaders on Thursday.",
        ),
    ]


def strike() -> list[Template]:
    return [
        lambda s: (
            f"{s['workers']} walk out in {s['city']} over pay",
            f"About {s['count']} {s['workers']} in {s['city']} went on strike on {s['day']}, "
            f"demanding a pay rise of {s['raise']} percent. The {s['union']} said the walkout would "
            f"last {s['length']}. City officials said emergency services would run as normal.",
        ),
        lambda s: (
            f"{s['city']} strike disrupts services",
            f"Services across {s['city']} were disrupted as members of the {s['union']} began a "
            f"{s['length']} strike. Union leader {s['leader']} said the city's offer of "
            f"{s['offer']} percent was an insult to {s['workers']}.",
        ),
        lambda s: (
            f"Talks resume as {s['city']} strike enters day three",
            f"Negotiators for the {s['union']} and the city of {s['city']} returned to talks as "
            f"the strike by {s['workers']} went on. {s['leader']} said a deal was possible if the "
            f"city moved closer to {s['raise']} percent.",
        ),
    ]


def recall() -> list[Template]:
    return [
        lambda s: (
            f"{s['maker']} recalls {s['units']} {s['product']}",
            f"{s['maker']} is recalling {s['units']} {s['product']} sold since {s['since']} "
            f"because {s['defect']}, the company and the {s['regulator']} said on {s['day']}. "
            f"Owners were told to stop using them and contact a dealer.",
        ),
        lambda s: (
            f"{s['regulator']} orders checks on {s['maker']} {s['product']}",
            f"The {s['regulator']} said {s['maker']} had received {s['reports']} reports in which "
            f"{s['defect']}. The recall covers {s['units']} {s['product']}; {s['maker']} "
            f"spokeswoman {s['spokes']} said repairs would be free.",
        ),
    ]


def election() -> list[Template]:
    return [
        lambda s: (
            f"{s['winner']} wins {s['city']} mayoral race",
            f"{s['winner']} was elected mayor of {s['city']} on {s['day']}, taking {s['share']} "
            f"percent of the vote against {s['loser']}, according to the city election office. "
            f"Turnout was {s['turnout']} percent.",
        ),
        lambda s: (
            f"{s['loser']} concedes in {s['city']}",
            f"{s['loser']} conceded the {s['city']} mayoral election to {s['winner']}, who promised "
            f"to fix the {s['issue']} in the first hundred days. {s['winner']} will take office "
            f"in January.",
        ),
        lambda s: (
            f"What {s['winner']}'s win means for {s['city']}",
            f"The victory of {s['winner']} ends {s['years']} years of rule by the same party in "
            f"{s['city']}. Voters said the {s['issue']} decided the race.",
        ),
    ]


def collapse() -> list[Template]:
    return [
        lambda s: (
            f"{s['structure']} collapses in {s['town']}",
            f"Part of the {s['structure']} in {s['town']} collapsed on {s['day']}, sending "
            f"{s['vehicles']} vehicles into the {s['below']}, police said. {s['dead']} people were "
            f"killed. Engineers had warned about cracks in {s['warned']}.",
        ),
        lambda s: (
            f"Divers search {s['below']} after {s['town']} collapse",
            f"Police divers searched the {s['below']} beneath the broken {s['structure']} for "
            f"missing drivers. Transport minister {s['minister']} visited {s['town']} and ordered "
            f"checks on every bridge of the same design.",
        ),
        lambda s: (
            f"Minister orders inquiry into {s['structure']}",
            f"Transport minister {s['minister']} ordered an independent inquiry into the collapse "
            f"of the {s['structure']} in {s['town']}, which killed {s['dead']}. Inspection records "
            f"from {s['warned']} will be published, {s['minister']} said.",
        ),
    ]


def final() -> list[Template]:
    return [
        lambda s: (
            f"{s['winner']} beat {s['loser']} to lift the {s['cup']}",
            f"{s['winner']} won the {s['cup']} on {s['day']}, beating {s['loser']} {s['score']} "
            f"in front of {s['crowd']} fans at {s['ground']}. Striker {s['star']} scored twice.",
        ),
        lambda s: (
            f"{s['star']} double sinks {s['loser']}",
            f"Two goals from {s['star']} gave {s['winner']} the {s['cup']} at {s['ground']}. "
            f"{s['loser']} coach {s['coach']} said his side had been second best.",
        ),
        lambda s: (
            f"{s['winner']} parade the {s['cup']} through the city",
            f"Thousands lined the streets to greet {s['winner']} and the {s['cup']} trophy, a day "
            f"after the win over {s['loser']}. {s['star']} was named player of the final.",
        ),
    ]


def budget() -> list[Template]:
    return [
        lambda s: (
            f"{s['council']} approves {s['amount']} budget",
            f"The {s['council']} approved a budget of {s['amount']} for next year on {s['day']}, "
            f"with more money for {s['priority']} and a {s['tax']} percent rise in property tax. "
            f"Council leader {s['leader']} called it a responsible plan.",
        ),
        lambda s: (
            f"Property tax to rise {s['tax']}% under {s['council']} plan",
            f"Homeowners will pay {s['tax']} percent more under the budget passed by the "
            f"{s['council']}. Opposition members said {s['leader']} had ignored {s['cut']}.",
        ),
    ]


def derail() -> list[Template]:
    return [
        lambda s: (
            f"Freight train derails near {s['town']}, spilling {s['cargo']}",
            f"A freight train operated by {s['rail']} derailed near {s['town']} on {s['day']}, "
            f"and {s['cars']} cars carrying {s['cargo']} left the tracks, officials said. "
            f"Residents within {s['radius']} kilometres were told to stay indoors.",
        ),
        lambda s: (
            f"{s['town']} residents return home after derailment",
            f"Residents near {s['town']} were allowed home as crews from {s['rail']} cleared the "
            f"wreckage. Environmental officials said tests of the {s['creek']} showed traces of "
            f"{s['cargo']}.",
        ),
        lambda s: (
            f"Safety board blames worn rail for {s['town']} derailment",
            f"A worn section of rail caused the {s['rail']} derailment near {s['town']}, the "
            f"safety board said in a preliminary report. {s['cars']} cars derailed and the "
            f"{s['creek']} was contaminated.",
        ),
    ]


KINDS: dict[str, Callable[[], list[Template]]] = {
    "quake": quake,
    "fire": fire,
    "flood": flood,
    "deal": deal,
    "strike": strike,
    "recall": recall,
    "election": election,
    "collapse": collapse,
    "final": final,
    "budget": budget,
    "derail": derail,
}
OUTLETS = ("Harbour Post", "Daily Courier", "Wire Service", "Evening Standard-Ledger", "The Record")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# (story key, kind, first publication date, day offsets of the articles, slots)
STORIES: list[tuple[str, str, str, tuple[int, ...], dict[str, str]]] = [
    ("quake-orvel-2023", "quake", "2023-05-14", (0, 0, 3, 1), {
        "mag": "6.1", "town": "Orvel", "country": "Karsland", "region": "Tesmar", "dead": "37",
        "hurt": "210", "depth": "10", "city": "Brannick", "mayor": "Ilse Vorning", "homeless": "4,000"}),
    ("quake-dunsk-2024", "quake", "2024-06-02", (0, 0, 4), {
        "mag": "5.8", "town": "Dunsk", "country": "Karsland", "region": "Hallow", "dead": "12",
        "hurt": "95", "depth": "14", "city": "Brannick", "mayor": "Piet Amsel", "homeless": "1,500"}),
    ("quake-sarrin", "quake", "2024-02-11", (0, 1), {
        "mag": "7.0", "town": "Sarrin", "country": "Moravay", "region": "Coastal", "dead": "140",
        "hurt": "800", "depth": "22", "city": "Telou", "mayor": "Ana Crestu", "homeless": "20,000"}),
    ("fire-glenmore-mill", "fire", "2024-09-03", (0, 0, 2), {
        "building": "old Glenmore textile mill", "street": "Canal Street", "city": "Rostfield",
        "hurt": "6", "crews": "80", "chief": "Martin Oyelaran"}),
    ("fire-rostfield-tower", "fire", "2024-09-10", (0, 0, 1), {
        "building": "Beaumont apartment tower", "street": "Aldine Road", "city": "Rostfield",
        "hurt": "14", "crews": "120", "chief": "Martin Oyelaran"}),
    ("fire-pelham-depot", "fire", "2025-01-20", (0, 2), {
        "building": "Pelham bus depot", "street": "Quarry Lane", "city": "Westbury",
        "hurt": "2", "crews": "45", "chief": "Susan Achterberg"}),
    ("flood-meran-linz", "flood", "2024-10-05", (0, 0, 3, 6), {
        "river": "Meran", "town": "Linzau", "region": "Upper Vasse", "evacuated": "6,500",
        "dead": "4", "governor": "Tomas Redl", "damage": "$120 million"}),
    ("flood-tawe-cardon", "flood", "2024-10-07", (0, 2), {
        "river": "Tawe", "town": "Cardon", "region": "Brecken", "evacuated": "900",
        "dead": "1", "governor": "Eluned Price", "damage": "$15 million"}),
    ("flood-solva", "flood", "2022-03-18", (0, 0, 5), {
        "river": "Solva", "town": "Marrow Bridge", "region": "Fenlands", "evacuated": "3,000",
        "dead": "2", "governor": "Harriet Quill", "damage": "$40 million"}),
    ("deal-halvorsen-brightline", "deal", "2024-04-08", (0, 0, 5), {
        "buyer": "Halvorsen Group", "target": "Brightline Logistics", "sector": "freight",
        "hq": "Kettering", "price": "$2.3 billion", "jump": "18", "ceo": "Ingrid Halvorsen"}),
    ("deal-halvorsen-novaport", "deal", "2024-04-22", (0, 1), {
        "buyer": "Halvorsen Group", "target": "Novaport Terminals", "sector": "port operations",
        "hq": "Gdansk", "price": "$640 million", "jump": "9", "ceo": "Ingrid Halvorsen"}),
    ("deal-quill-medisoft", "deal", "2025-02-03", (0, 0), {
        "buyer": "Quill Health", "target": "Medisoft Labs", "sector": "diagnostics software",
        "hq": "Austin", "price": "$410 million", "jump": "31", "ceo": "Daniel Okoro"}),
    ("deal-tarn-copper", "deal", "2023-11-13", (0, 1, 2), {
        "buyer": "Tarn Resources", "target": "Kelso Copper", "sector": "mining",
        "hq": "Perth", "price": "$5.6 billion", "jump": "24", "ceo": "Megan Tarrant"}),
    ("strike-bins-harlow", "strike", "2024-07-01", (0, 0, 2), {
        "workers": "refuse collectors", "city": "Harlow Vale", "count": "400", "raise": "9",
        "union": "Municipal Workers Union", "length": "two weeks", "leader": "Dev Ramsaran",
        "offer": "4"}),
    ("strike-nurses-calder", "strike", "2024-07-03", (0, 1, 2), {
        "workers": "nurses", "city": "Calder", "count": "2,300", "raise": "12",
        "union": "Calder Nurses Association", "length": "three days", "leader": "Joan Whitlow",
        "offer": "5"}),
    ("strike-tram-ostberg", "strike", "2025-03-10", (0, 2), {
        "workers": "tram drivers", "city": "Ostberg", "count": "650", "raise": "8",
        "union": "Transit Drivers Guild", "length": "48 hours", "leader": "Lars Emmerich",
        "offer": "3"}),
    ("recall-velo-ebikes", "recall", "2024-05-15", (0, 1), {
        "maker": "Velo Motion", "units": "48,000", "product": "electric bicycles",
        "since": "2022", "defect": "battery packs can overheat", "regulator": "Consumer Safety Board",
        "reports": "37", "spokes": "Clara Benning"}),
    ("recall-arden-heaters", "recall", "2024-11-04", (0, 0), {
        "maker": "Arden Home", "units": "120,000", "product": "space heaters", "since": "2021",
        "defect": "the power switch can melt", "regulator": "Consumer Safety Board",
        "reports": "12", "spokes": "Nadia Fell"}),
    ("recall-korro-cars", "recall", "2025-04-02", (0, 3), {
        "maker": "Korro Motors", "units": "310,000", "product": "compact cars", "since": "2020",
        "defect": "the rear axle can crack", "regulator": "National Highway Safety Office",
        "reports": "64", "spokes": "Yuki Tanabe"}),
    ("election-brennan-mayor", "election", "2024-11-05", (0, 1, 3), {
        "winner": "Rosa Delgado-Brennan", "loser": "Frank Ustinov", "city": "Port Alder",
        "share": "54", "turnout": "41", "issue": "housing shortage", "years": "16"}),
    ("election-kettle-mayor", "election", "2024-11-05", (0, 0), {
        "winner": "Samuel Kettle", "loser": "Priya Anand", "city": "Millbrook", "share": "51",
        "turnout": "38", "issue": "bus network", "years": "12"}),
    ("collapse-aske-bridge", "collapse", "2023-08-21", (0, 0, 1, 5), {
        "structure": "Aske river bridge", "town": "Holmfirth Cross", "vehicles": "7",
        "below": "Aske river", "dead": "5", "warned": "2019", "minister": "Odile Marchetti"}),
    ("collapse-ferrow-overpass", "collapse", "2025-06-09", (0, 2), {
        "structure": "Ferrow Road overpass", "town": "Linthwaite", "vehicles": "3",
        "below": "railway cutting", "dead": "2", "warned": "2021", "minister": "Odile Marchetti"}),
    ("final-harbour-cup", "final", "2024-05-25", (0, 0, 1), {
        "winner": "Harbour City", "loser": "Ashdown Rovers", "cup": "National Cup",
        "score": "3-1", "crowd": "61,000", "ground": "Kingsmead Stadium", "star": "Tiago Mensah",
        "coach": "Bill Harker"}),
    ("final-ostend-shield", "final", "2025-05-17", (0, 1), {
        "winner": "Ostend Athletic", "loser": "Harbour City", "cup": "Coastal Shield",
        "score": "2-0", "crowd": "23,000", "ground": "Dunmore Park", "star": "Kofi Asante",
        "coach": "Ray Dunleavy"}),
    ("budget-marlow-county", "budget", "2024-12-10", (0, 1), {
        "council": "Marlow County Council", "amount": "$1.8 billion", "priority": "road repairs",
        "tax": "3.5", "leader": "Gwen Atherley", "cut": "library closures"}),
    ("budget-ferris-city", "budget", "2024-12-12", (0, 0), {
        "council": "Ferris City Council", "amount": "$640 million", "priority": "policing",
        "tax": "2", "leader": "Omar Haddad", "cut": "park maintenance"}),
    ("derail-kellan", "derail", "2024-03-06", (0, 1, 20), {
        "town": "Kellan Falls", "rail": "Northern Plains Rail", "cars": "22",
        "cargo": "diesel fuel", "radius": "2", "creek": "Kellan Creek"}),
    ("derail-murrow", "derail", "2024-08-14", (0, 2), {
        "town": "Murrow Junction", "rail": "Northern Plains Rail", "cars": "9",
        "cargo": "fertilizer", "radius": "1", "creek": "Sable Creek"}),
    ("strike-bins-harlow-2025", "strike", "2025-07-14", (0, 1), {
        "workers": "refuse collectors", "city": "Harlow Vale", "count": "420", "raise": "7",
        "union": "Municipal Workers Union", "length": "one week", "leader": "Dev Ramsaran",
        "offer": "3"}),
    ("fire-tannery-westbury", "fire", "2025-01-24", (0, 0, 1, 3), {
        "building": "former Crane tannery", "street": "Mill Row", "city": "Westbury",
        "hurt": "1", "crews": "60", "chief": "Susan Achterberg"}),
    ("flood-meran-2025", "flood", "2025-09-28", (0, 1), {
        "river": "Meran", "town": "Linzau", "region": "Upper Vasse", "evacuated": "1,200",
        "dead": "0", "governor": "Tomas Redl", "damage": "$18 million"}),
]  # fmt: skip


def articles() -> list[tuple[dict[str, str], str]]:
    """Every article (JSONL fields) with its story key."""
    out = []
    for key, kind, first, offsets, slots in STORIES:
        templates = KINDS[kind]()
        start = dt.date.fromisoformat(first)
        for n, offset in enumerate(offsets):
            day = start + dt.timedelta(days=offset)
            # A follow-up says which day the event was; same-day copy names today's weekday.
            filled = {**slots, "day": DAYS[start.weekday()]}
            title, body = templates[n % len(templates)](filled)
            outlet = OUTLETS[(len(out) + n) % len(OUTLETS)]
            record = {
                "id": f"a{len(out) + 1:03d}",
                "published": day.isoformat(),
                "source": outlet,
                "title": title,
                "text": f"{title}\n\n{body}\n",
            }
            out.append((record, key))
    return out


def main() -> int:
    rows = articles()
    # Interleave stories as a day's feed would (by date, then id), not story by story.
    rows.sort(key=lambda r: (r[0]["published"], r[0]["id"]))
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as out:
        for record, _ in rows:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "story"])
        writer.writerows([record["id"], key] for record, key in rows)
    stories = len({key for _, key in rows})
    print(f"{len(rows)} articles, {stories} stories -> {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
