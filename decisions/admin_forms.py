"""Forms of the follow-up admin: the change form with its version check, and
the forms of the status actions (note, reason, new responsible)."""

from django import forms
from django.utils import timezone

from decisions import services
from decisions.models import FollowUp, FollowUpEvent
from decisions.presentation import describe_changes

# The note or reason each lifecycle action asks for, and whether it is needed.
ACTION_TEXT_FIELDS: dict[str, tuple[str, str, bool]] = {
    services.FollowUpAction.START: ("note", "Note (valgfri)", False),
    services.FollowUpAction.COMPLETE: ("note", "Note (valgfri)", False),
    services.FollowUpAction.CANCEL: ("reason", "Begrundelse", True),
    services.FollowUpAction.REOPEN: ("reason", "Begrundelse", True),
}


class FollowUpChangeForm(forms.ModelForm):
    """The follow-up change form; it carries the version the user read and is
    refused when someone else changed the follow-up since (optimistic
    locking), saying who changed what."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = FollowUp
        fields = ["agenda_item", *services.EDITABLE_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].required = True
            self.fields["version"].initial = self.instance.version

    def clean(self):
        cleaned_data = super().clean()
        read_version = cleaned_data.get("version")
        if not self.instance.pk or read_version is None:
            return cleaned_data
        current = FollowUp.objects.filter(pk=self.instance.pk).values_list(
            "version", flat=True
        )
        current_version = current.first()
        if current_version is not None and current_version != read_version:
            raise forms.ValidationError(
                stale_message(self.instance, read_version, current_version),
                code="stale",
            )
        return cleaned_data


def stale_message(follow_up: FollowUp, read_version: int, current_version: int) -> str:
    """Say that someone else changed the follow-up since it was read, and what."""
    # Every change after creation bumps the version once and writes one event.
    newer = list(
        FollowUpEvent.objects.filter(follow_up_id=follow_up.pk)
        .select_related("user")
        .order_by("-at", "-pk")[: max(current_version - read_version, 0)]
    )
    what = "; ".join(
        f"{event.user or 'et script'} kl. "
        f"{timezone.localtime(event.at):%d-%m-%Y %H:%M}: "
        f"{describe_changes(event)}"
        for event in reversed(newer)
    )
    return (
        "Opfølgningen er ændret af en anden, siden du åbnede den, og dine "
        f"ændringer er ikke gemt. Ændret: {what or 'ukendt'}. "
        "Åbn siden igen for at se den nye version."
    )


class TransitionForm(forms.Form):
    """The note or reason of one status change, with the version the user read."""

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        _, label, required = ACTION_TEXT_FIELDS[action]
        self.fields["text"].label = label
        self.fields["text"].required = required


class ActionTextForm(forms.Form):
    """The note or reason given once for every follow-up an action changes."""

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        _, label, required = ACTION_TEXT_FIELDS[action]
        self.fields["text"].label = label
        self.fields["text"].required = required


class ReassignForm(forms.Form):
    """The new responsible of the selected follow-ups."""

    responsible = forms.CharField(
        label="Ny ansvarlig",
        max_length=300,
        help_text="En enhed, et forum eller navngivne personer.",
    )
