"""Currency signs that mean the same currency in any language, before or after the figure (``₭50,000``,
``100 000 ₭``). The euro, dollar, pound, yen and dong signs are in each language's tables, with the ISO codes."""

from __future__ import annotations

from typing import Final

CURRENCY_SIGNS: Final[dict[str, str]] = {
    "₭": "LAK", "៛": "KHR", "฿": "THB", "₱": "PHP", "₽": "RUB", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₦": "NGN",
    "₡": "CRC", "₾": "GEL", "₿": "BTC", "元": "CNY",
}
