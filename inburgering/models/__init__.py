"""The operational data model (SQLAlchemy 2, typed mappings), one module per area.

Import models from here; every module is imported so Alembic sees all tables.
"""

from inburgering.models.appointments import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
)
from inburgering.models.base import Base, UTCDateTime, utcnow
from inburgering.models.chat import Chat, LinkCode, PendingMessage
from inburgering.models.escalation import (
    AuditLog,
    Author,
    ChatTakeover,
    Escalation,
    EscalationEvent,
    EscalationMessage,
    EscalationReason,
    EscalationStatus,
    OutboxMessage,
    OutboxStatus,
    TranslationState,
    WebRole,
    WebSession,
    WebUser,
)
from inburgering.models.feedback import (
    FeedbackItem,
    FeedbackKind,
    FeedbackTag,
    FeedbackTopic,
    QuestionTally,
    Recommendation,
    ReviewTag,
)
from inburgering.models.linking import FailedLinkAttempt
from inburgering.models.people import Doelgroep, Gemeente, Inburgeraar, Regisseur
from inburgering.models.processed_update import ProcessedUpdate
from inburgering.models.received_update import ReceivedUpdate
from inburgering.models.progress import PipProgress
from inburgering.models.reminders import ReminderKind, SentReminder
from inburgering.models.recordings import RecordingState, SpokenRecording
from inburgering.models.reschedule import RescheduleRequest, RescheduleStatus
from inburgering.models.voice import VoiceNote, VoiceNoteKind, VoiceNoteOutcome

__all__ = [
    "Appointment", "AppointmentKind", "AppointmentStatus", "Base", "Chat", "Doelgroep", "Gemeente",
    "Inburgeraar", "LinkCode", "PendingMessage", "Regisseur", "UTCDateTime", "utcnow",
    "FailedLinkAttempt", "PipProgress", "ProcessedUpdate", "ReceivedUpdate", "ReminderKind", "RescheduleRequest", "RescheduleStatus", "SentReminder",
    "AuditLog", "Author", "ChatTakeover", "Escalation", "EscalationEvent", "EscalationMessage", "EscalationReason",
    "EscalationStatus", "OutboxMessage", "OutboxStatus", "TranslationState", "WebRole", "WebSession", "WebUser",
    "FeedbackItem", "FeedbackKind", "FeedbackTag", "FeedbackTopic", "QuestionTally", "Recommendation", "ReviewTag",
    "VoiceNote", "VoiceNoteKind", "VoiceNoteOutcome",
    "RecordingState", "SpokenRecording",
]
