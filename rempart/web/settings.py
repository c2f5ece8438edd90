"""Django settings, built from the same environment as everything else (rempart.config)."""

from __future__ import annotations

import os
import secrets
import tempfile
from datetime import timedelta
from pathlib import Path

from rempart import web
from rempart.config import Settings

# The Settings that rempart.web.setup() was given, or the environment's.
RUNTIME: Settings = web.runtime() or Settings.from_env()
DATA_DIR: Path = RUNTIME.data_dir.resolve()


def _secret_key() -> str:
    """REMPART_SECRET_KEY, or a key generated once and kept in the data folder."""
    if RUNTIME.secret_key:
        return RUNTIME.secret_key
    path = DATA_DIR / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(50)
        path.write_text(key)
        path.chmod(0o600)
        return key


def _test_name(name: str) -> str:
    """A test database name of this process's own.

    Several people (and CI jobs) run the suite from one tree at the same time;
    a shared ``test_rempart`` would be dropped under another run's feet.
    """
    return f"test_{name}_{os.getpid()}"


def _database(url: str | None) -> dict:
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "rempart.sqlite3"),
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;",
            },
            # A file, not memory: the tracker's writer thread needs its own connection.
            "TEST": {"NAME": str(Path(tempfile.gettempdir()) / f"rempart-{_test_name('db')}.sqlite3")},
        }
    from urllib.parse import unquote, urlparse

    parsed = urlparse(url)
    if parsed.scheme not in ("postgres", "postgresql"):
        raise ValueError(f"DATABASE_URL: unsupported scheme {parsed.scheme!r} (use postgresql://)")
    name = unquote(parsed.path.lstrip("/")) or "rempart"
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parsed.username or "postgres"),
        "PASSWORD": unquote(parsed.password or ""),
        "HOST": parsed.hostname or "127.0.0.1",
        "PORT": str(parsed.port or 5432),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        "TEST": {"NAME": _test_name(name)},
    }


SECRET_KEY = _secret_key()
DEBUG = False
ALLOWED_HOSTS = ["*"]
DATABASES = {"default": _database(RUNTIME.database_url)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "huey.contrib.djhuey",
    "ninja",  # its Swagger page then loads its assets from /static/ninja/, not from a CDN
    "rempart.tenants",
    "rempart.policies",
    "rempart.tracking",
    "rempart.audit",
    "rempart.feedback",
    # Before allauth: their templates override allauth's.
    "rempart.accounts",
    "rempart.console",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "rempart.accounts.middleware.SessionExpiryMiddleware",
    "rempart.accounts.middleware.RequireTotpMiddleware",
]

ROOT_URLCONF = "rempart.web.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
ASGI_APPLICATION = "rempart.web.asgi.application"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
SESSION_COOKIE_AGE = 8 * 3600
SESSION_COOKIE_HTTPONLY = True

# Login (rempart.accounts): django-allauth with email and password, TOTP, SSO per organisation.
AUTHENTICATION_BACKENDS = ["allauth.account.auth_backends.AuthenticationBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "console:dashboard"
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"
ACCOUNT_ADAPTER = "rempart.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_SESSION_REMEMBER = False  # the session cookie ends with the browser
ACCOUNT_PREVENT_ENUMERATION = True
# Per IP; the per-address lock-out is rempart.accounts.models.LoginLock (in the database, shared by all processes).
ACCOUNT_RATE_LIMITS = {"login": "30/m/ip", "login_failed": "10/m/ip", "change_password": "5/m/user",
                       "reauthenticate": "10/m/user", "reset_password": "5/m/ip"}
LOGIN_LOCKOUT_FAILURES = 5  # failed attempts on one address (password or TOTP) ...
LOGIN_LOCKOUT_PERIOD = timedelta(minutes=15)  # ... within this long lock it for this long
SESSION_IDLE_TIMEOUT = timedelta(minutes=30)  # logged out after this long without a request
SESSION_ABSOLUTE_TIMEOUT = timedelta(seconds=SESSION_COOKIE_AGE)  # and this long after logging in
MFA_ADAPTER = "rempart.accounts.adapter.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Rempart"
MFA_TOTP_TOLERANCE = 1  # one 30 s step either side, for phones whose clock drifts
MFA_ALLOW_UNVERIFIED_EMAIL = True  # addresses are vouched for by the admin who adds a person
MFA_FORMS = {"authenticate": "rempart.accounts.forms.TotpAuthenticateForm"}
SOCIALACCOUNT_ADAPTER = "rempart.accounts.adapter.SocialAccountAdapter"
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False  # SSO logs in only through rempart.accounts.sso's checks
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_REQUESTS_TIMEOUT = 10
SSO_ALLOW_HTTP = False  # an identity provider must be reached over https
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
STATIC_URL = "/static/"
# Request bodies Django reads into memory: the API's feedback route takes a whole message in base64
# (rempart.api.feedback, 10 MB decoded); the API's parser keeps every other route to API_MAX_BODY.
DATA_UPLOAD_MAX_MEMORY_SIZE = 16 * 1024 * 1024


def _public_url() -> str:
    """Where people reach the web interface: links printed or mailed point here."""
    configured = getattr(RUNTIME, "public_url", None)
    if configured:
        return configured.rstrip("/")
    host, port = RUNTIME.web_listen
    if host in ("", "0.0.0.0", "::"):
        host = RUNTIME.hostname
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


PUBLIC_URL = _public_url()
# A link to set a password and TOTP (rempart user add) works once, within this time.
SETUP_LINK_LIFETIME = timedelta(days=7)
# Tracking records (messages and deliveries) are kept this long (days).
TRACKING_RETENTION_DAYS = 365
# Audit events are kept this long (days), then purged by a job (rempart.jobs.audit_purge).
AUDIT_RETENTION_DAYS = 365

# Jobs: Huey on SQLite in the data folder, or on Redis when REDIS_URL is set.
if RUNTIME.redis_url:
    HUEY = {"huey_class": "huey.RedisHuey", "name": "rempart", "url": RUNTIME.redis_url, "immediate": False}
else:
    HUEY = {"huey_class": "huey.SqliteHuey", "name": "rempart", "filename": str(DATA_DIR / "jobs.sqlite3"), "immediate": False}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stderr"], "level": "INFO"},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
