from cmplanner.domain.entities import Audience, Site
from cmplanner.services.references import usage


def test_usage_counts_what_refers_to_an_entity(demo_store):
    linkedin = demo_store.networks.all()[0]
    used = usage(demo_store, "networks", linkedin.id)
    assert used.in_use and used.posts > 0 and used.series == 1 and used.events == 2
    camille = next(p for p in demo_store.people.all() if p.name.startswith("Camille"))
    assert usage(demo_store, "people", camille.id).posts > 0
    philippe = next(p for p in demo_store.people.all() if p.name.startswith("Philippe"))
    assert usage(demo_store, "people", philippe.id).rules == 2  # crisis circuit and line validation
    assert not usage(demo_store, "audiences", demo_store.audiences.save(Audience("Presse")).id).in_use
    assert not usage(demo_store, "sites", demo_store.sites.save(Site("Entrepôt")).id).in_use
    assert usage(demo_store, "sites", demo_store.sites.all()[0].id).people > 0
