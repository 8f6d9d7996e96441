"""The on-disk store a streaming check spills analyses to, one story at a time."""

from __future__ import annotations

from pathlib import Path

from claimcheck.engine.story_store import StoryStore
from claimcheck.model import Claim, ClaimKind, Document
from claimcheck.pipeline import Analysis


def _analysis(doc_id: str, story: str | None, toll: float = 12.0) -> Analysis:
    text = f"The Garnet Pass avalanche killed {toll:g} climbers."
    document = Document(doc_id, f"{doc_id}.txt", text, text, story=story)
    claim = Claim(doc=doc_id, kind=ClaimKind.COUNT, start=34, end=36, text="12", value=toll)
    return Analysis(document, (claim,))


def test_stories_come_back_whole_in_input_order_of_their_first_document(tmp_path: Path) -> None:
    with StoryStore.temporary(tmp_path) as store:
        # Written out of input order, as a streaming check writes undated documents last.
        for position, doc_id, story in [(2, "c", "quake"), (0, "a", "quake"), (1, "b", "flood")]:
            store.add(position, _analysis(doc_id, story))
        groups = [[a.document.id for a in story] for story in store.stories()]
    assert groups == [["a", "c"], ["b"]]


def test_documents_without_a_story_key_form_one_story(tmp_path: Path) -> None:
    with StoryStore.temporary(tmp_path) as store:
        for position in range(600):  # more than one transaction
            store.add(position, _analysis(f"d{position}", None, toll=position))
        (story,) = store.stories()
    assert [a.claims[0].value for a in story] == [float(n) for n in range(600)]
    assert story[5].document.text == "The Garnet Pass avalanche killed 5 climbers."


def test_the_store_folder_is_removed_even_when_the_run_fails(tmp_path: Path) -> None:
    try:
        with StoryStore.temporary(tmp_path) as store:
            store.add(0, _analysis("a", "quake"))
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert list(tmp_path.iterdir()) == []
