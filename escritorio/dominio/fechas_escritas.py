"""La fecha escrita en palabras, en el idioma en curso: «20 de noviembre de 2025», «20 de novembro de 2025».

Las formas son las de CLDR (babel); con el día de la semana, el castellano va sin coma («jueves 20 de noviembre de
2025», como lo escriben las convocatorias de la región) y el portugués y el inglés, con la forma completa de CLDR
(«quinta-feira, 20 de novembro de 2025»).
"""

from datetime import date

from babel.dates import format_date

from .traduccion import idioma_en_curso

# Código del catálogo -> localización de CLDR (el inglés, con el orden día-mes de la región).
_LOCALIZACION = {"es": "es", "pt_BR": "pt_BR", "en": "en_GB"}


def fecha_larga(dia: date, con_dia: bool = False) -> str:
    localizacion = _LOCALIZACION.get(idioma_en_curso(), "es")
    if not con_dia:
        return format_date(dia, "long", locale=localizacion)
    if localizacion == "es":
        return format_date(dia, "EEEE d 'de' MMMM 'de' y", locale=localizacion)
    return format_date(dia, "full", locale=localizacion)
