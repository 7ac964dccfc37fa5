"""Import every domain's tables so that metadata (and Alembic) sees them all."""

from __future__ import annotations


def import_all() -> None:
    from clearpost.accounts import models as _accounts  # noqa: F401
    from clearpost.audit import models as _audit  # noqa: F401
    from clearpost.decisions import models as _decisions  # noqa: F401
    from clearpost.items import models as _items  # noqa: F401
    from clearpost.keys import models as _keys  # noqa: F401
