"""Appointments and progress: the schedule, calendar files, reminders, reschedule requests, imports, working days."""
