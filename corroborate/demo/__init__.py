"""The bundled demo: three invented outlets reporting one invented event.

The event (a police clearance of an occupied textile mill in the invented town of Brennik) and
the outlets (The Harbour Ledger, Northgate Post, Radio Meridian) are made up for the demo; the
articles were written for corroborate. They hold the kinds of disagreement real reports hold:
figures from different parties, a denial, a party contradicting itself, a name spelt two ways
(Katja / Katia Morvan, Brennik / Brenik), hedges, a promo line and a photo caption.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["demo_sources"]


def demo_sources() -> list[Path]:
    """Paths of the bundled demo articles, in a stable order."""
    folder = resources.files("corroborate.demo") / "articles"
    return sorted(
        Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith((".txt", ".html"))
    )
