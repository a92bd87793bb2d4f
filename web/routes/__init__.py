"""One router module per resource.

Routes are plain ``def``: FastAPI runs them in its threadpool, so their synchronous work
(SQLAlchemy, argon2, Argos translation) never stalls the event loop and the other inbox users.
An ``async def`` route may not call any of those (tests/web/test_app.py checks it).
"""
