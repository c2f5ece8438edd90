from django.apps import AppConfig


class TenantsConfig(AppConfig):
    name = "rempart.tenants"
    label = "tenants"
    verbose_name = "Tenants"
