"""The ASGI application (uvicorn). ``rempart serve`` has already set Django up and migrated."""

from django.core.asgi import get_asgi_application

from rempart.web import setup

setup(migrate=False)
application = get_asgi_application()
