"""Readable, editable form fields for an agenda item's structured text: lists
of names one per line, and headed blocks ("## Heading" then its text) for the
sections and the earlier decisions, instead of raw JSON."""

from __future__ import annotations

import datetime
import re

from django import forms

from minutes.models import AgendaItem, Meeting

HEADING_MARK = "## "
_DATED_HEADING = re.compile(r"^(?P<body>.*?),\s*(?P<date>\d{4}-\d{2}-\d{2})$")


def _normalise_newlines(value: str) -> str:
    # Browsers send a textarea's line breaks as \r\n.
    return value.replace("\r\n", "\n").replace("\r", "\n")


class LinesField(forms.CharField):
    """A list of short texts (names), one per line."""

    widget = forms.Textarea(attrs={"rows": 4, "cols": 60})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text", "Én pr. linje, fx «Niels Hansen (Økonomi & Stab)»."
        )
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(line) for line in value)
        return value

    def to_python(self, value):
        text = _normalise_newlines(super().to_python(value) or "")
        return [line.strip() for line in text.split("\n") if line.strip()]

    def has_changed(self, initial, data):
        return self.to_python(self.prepare_value(initial or [])) != self.to_python(data)


def blocks_to_text(blocks: list[tuple[str, str]]) -> str:
    """Return headed blocks as "## Heading" lines, each followed by its text."""
    return "\n\n".join(f"{HEADING_MARK}{heading}\n{text}" for heading, text in blocks)


def text_to_blocks(text: str) -> list[tuple[str, str]]:
    """Return the headed blocks of a text written as blocks_to_text writes it;
    text before the first heading becomes a block without a heading."""
    blocks: list[tuple[str, list[str]]] = []
    for line in _normalise_newlines(text).split("\n"):
        if line.startswith("##"):
            blocks.append((line[2:].strip(), []))
        elif blocks or line.strip():
            if not blocks:
                blocks.append(("", []))
            blocks[-1][1].append(line)
    return [(heading, "\n".join(lines).strip("\n")) for heading, lines in blocks]


class HeadedBlocksField(forms.CharField):
    """A list of headed texts edited as "## Heading" lines each followed by its
    text; subclasses say how a block maps to the stored JSON."""

    widget = forms.Textarea(attrs={"rows": 18, "cols": 100})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("strip", False)
        super().__init__(**kwargs)

    def to_block(self, entry: dict) -> tuple[str, str]:
        raise NotImplementedError

    def from_block(self, heading: str, text: str) -> dict:
        raise NotImplementedError

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return blocks_to_text(
                [self.to_block(entry) for entry in value if isinstance(entry, dict)]
            )
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [
            self.from_block(heading, body) for heading, body in text_to_blocks(text)
        ]

    def has_changed(self, initial, data):
        return self.to_python(self.prepare_value(initial or [])) != self.to_python(data)


class SectionsField(HeadedBlocksField):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text",
            "Hvert afsnit begynder med en linje «## Overskrift» "
            "(fx «## Sagsfremstilling»), derefter afsnittets tekst.",
        )
        super().__init__(**kwargs)

    def to_block(self, entry):
        return str(entry.get("heading", "")), str(entry.get("text", ""))

    def from_block(self, heading, text):
        return {"heading": heading, "text": text}


class PriorDecisionsField(HeadedBlocksField):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text",
            "Hver tidligere beslutning begynder med en linje «## Forum, "
            "åååå-mm-dd» (datoen kan udelades), derefter beslutningens tekst.",
        )
        super().__init__(**kwargs)

    def to_block(self, entry):
        body, date = str(entry.get("body", "")), entry.get("date")
        return (f"{body}, {date}" if date else body), str(entry.get("text", ""))

    def from_block(self, heading, text):
        match = _DATED_HEADING.match(heading)
        if match:
            try:
                datetime.date.fromisoformat(match["date"])
            except ValueError as error:
                raise forms.ValidationError(
                    f"«{match['date']}» er ikke en gyldig dato (åååå-mm-dd)."
                ) from error
            return {"body": match["body"], "date": match["date"], "text": text}
        return {"body": heading, "date": None, "text": text}


class AgendaItemForm(forms.ModelForm):
    """An agenda item with its sections, attendance and earlier decisions as
    text a person reads and edits."""

    sections = SectionsField(label="Afsnit")
    absentees = LinesField(label="Fraværende under punktet")
    participants = LinesField(label="Øvrige deltagere")
    prior_decisions = PriorDecisionsField(label="Tidligere beslutninger")

    class Meta:
        model = AgendaItem
        # The admin adds the fields of its fieldsets.
        fields = ["sections", "absentees", "participants", "prior_decisions"]


class MeetingForm(forms.ModelForm):
    absentees = LinesField(label="Fraværende ved hele mødet")

    class Meta:
        model = Meeting
        fields = ["absentees"]
