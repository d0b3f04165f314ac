"""Lo que `verificar` dice de los mandatos en un cargo personal (dominio.organos.CARGOS_PERSONALES) que no nombran a
la persona que lo ejerce. Escritorio ya no los registra (servicios/elegibles.py, `sin_persona`); los de antes
siguen valiendo, por eso cada uno es un aviso, no un problema: la base está sana, pero al mandato le falta un dato."""

from ..datos.base_de_datos import BaseDeDatos
from ..datos.organos import mandatos_sin_persona
from ..dominio.organos import CARGOS_PERSONALES, nombre_del_cargo
from ..dominio.traduccion import traducir


def avisos(db: BaseDeDatos) -> list[str]:
    """Un aviso por mandato, en el idioma en curso."""
    return [traducir("Mandato {0} en {1}: {2} es {3} desde el {4} sin nombrar a la persona que lo ejerce, y es un cargo "
                     "personal. Sigue valiendo (se registró antes de que Escritorio pidiera la persona). Qué hacer: nada "
                     "urgente; la próxima designación o elección en ese cargo nombra a la persona, y Escritorio ya no "
                     "la registra sin ella.").format(m["id"], m["organo"], m["miembro"] or traducir("sin miembro"),
                                                      nombre_del_cargo(m["cargo"], m["forma"]), m["desde"])
            for m in mandatos_sin_persona(db, CARGOS_PERSONALES)]

