"""The regisseurs' inbox: a server-rendered web app (FastAPI + Jinja2, no JavaScript build step).

Run it with ``python -m web`` (port INBOX_PORT, default 8090); ``make run`` starts it too.
"""
