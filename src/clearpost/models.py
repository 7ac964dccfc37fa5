"""Import every domain's tables so that metadata (and Alembic) sees them all."""

from __future__ import annotations


def import_all() -> None:
    from clearpost.accounts import models as _accounts  # noqa: F401
    from clearpost.appeals import models as _appeals  # noqa: F401
    from clearpost.audit import models as _audit  # noqa: F401
    from clearpost.console import models as _console  # noqa: F401
    from clearpost.decisions import models as _decisions  # noqa: F401
    from clearpost.hashes import models as _hashes  # noqa: F401
    from clearpost.items import models as _items  # noqa: F401
    from clearpost.keys import models as _keys  # noqa: F401
    from clearpost.notices import models as _notices  # noqa: F401
    from clearpost.reports import models as _reports  # noqa: F401
    from clearpost.review import models as _review  # noqa: F401
    from clearpost.staff import models as _staff  # noqa: F401
    from clearpost.transparency import models as _transparency  # noqa: F401
    from clearpost.waves import models as _waves  # noqa: F401
    from clearpost.webhooks import models as _webhooks  # noqa: F401
