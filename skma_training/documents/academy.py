"""Who the documents speak for: the academy's names and its signing officials (from settings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Academy:
    name_kk: str = "«Оңтүстік Қазақстан медицина академиясы» АҚ"
    name_ru: str = "АО «Южно-Казахстанская медицинская академия»"
    rector_title_kk: str = "Басқарма Төрағасы – Ректор"
    rector_title_ru: str = "Председатель Правления – Ректор"
    rector_name: str = ""
    centre_head: str = ""
    hr_head: str = ""
    rector_dative_kk: str = ""  # "Б.Қ. Сәрсеновке": the addressee of an application
    rector_dative_ru: str = ""  # "Сарсенову Б.К."

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    def rector_title(self, lang: str) -> str:
        return self.rector_title_kk if lang == "kk" else self.rector_title_ru

    def rector_dative(self, lang: str) -> str:
        return self.rector_dative_kk if lang == "kk" else self.rector_dative_ru
