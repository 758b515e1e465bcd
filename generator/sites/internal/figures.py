"""The dashboard's charts from the groups' reports: received per quarter per region, outward activities."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from generator.model.quarters import Quarter
from generator.model.vocabulary import Vocabularies
from generator.views.internal_view import InternalGroup
from generator.sites.internal.charts import BarChart, Series


def reports_chart(groups: Sequence[InternalGroup], quarters: tuple[Quarter, ...], vocab: Vocabularies) -> BarChart:
    received = Counter((g.region, r.quarter) for g in groups for r in g.received_reports)
    series = tuple(Series(vocab.label("regions", region), tuple(received[region, q] for q in quarters))
                   for region in vocab.regions)
    return BarChart("rapporter-per-kvartal", "Kvartalsrapporter mottatt per kvartal og region",
                    f"Antall kvartalsrapporter mottatt for hvert av de {len(quarters)} siste avsluttede kvartalene "
                    f"({quarters[0]} til {quarters[-1]}), én søyle per region.",
                    tuple(str(q) for q in quarters), series)


def outward_chart(groups: Sequence[InternalGroup], quarters: tuple[Quarter, ...], vocab: Vocabularies) -> BarChart:
    outward = vocab.outward_types
    counts = Counter(r.quarter for g in groups for r in g.received_reports for t in r.activity_types if t in outward)
    return BarChart("utadrettet-per-kvartal", "Utadrettede aktiviteter per kvartal",
                    f"Antall gjennomførte utadrettede aktiviteter i kvartalsrapportene, {quarters[0]} til "
                    f"{quarters[-1]}, alle grupper samlet.",
                    tuple(str(q) for q in quarters), (Series("Utadrettede aktiviteter", tuple(counts[q] for q in quarters)),))
