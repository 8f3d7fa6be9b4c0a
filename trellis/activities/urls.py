"""Activity pages: each views module owns its URL patterns; this file joins them."""

from trellis.activities.views import attendance, calendar, catalogue, planning, registration

app_name = "activities"
urlpatterns = [
    *catalogue.urlpatterns,
    *planning.urlpatterns,
    *registration.urlpatterns,
    *attendance.urlpatterns,
    *calendar.urlpatterns,
]
