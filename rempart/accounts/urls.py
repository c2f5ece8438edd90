"""Login addresses: allauth's under ``accounts/``, minus what we do not offer, plus ours."""

from django.urls import include, path, re_path

from rempart.accounts import views

urlpatterns = [
    path("sso", views.sso_start, name="sso_start"),
    # Before allauth's own: these win.
    path("accounts/password/reset/", views.password_reset_closed, name="account_reset_password"),
    re_path(r"^accounts/password/reset/.+", views.not_offered),
    re_path(r"^accounts/signup/", views.not_offered),
    re_path(r"^accounts/email/", views.not_offered),
    re_path(r"^accounts/3rdparty/", views.not_offered),
    re_path(r"^accounts/login/code/", views.not_offered),
    path("accounts/", include("allauth.urls")),
]
