"""Lo que `verificar` dice de los mandatos y las candidaturas de quien no era miembro ese día (issue 59): Escritorio no
los registra (servicios/elegibles.py); quedan de una versión anterior, se escribieron por fuera, o el miembro se dio de
baja después con una fecha anterior. Cada hallazgo va con el estado de ese día: `verificacion` decide si es problema o
aviso."""

from ..datos.base_de_datos import BaseDeDatos
from ..datos.organos import candidaturas_de_no_miembros, mandatos_de_no_miembros
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir

_ESTADOS = {"solicitante": "solicitante, no admitida", "baja": "de baja"}


def _estado(estado: str) -> str:
    return traducir(_ESTADOS[estado]) if estado in _ESTADOS else estado


def mandatos(db: BaseDeDatos) -> list[tuple[str, str]]:
    """Mandatos de quien no era miembro el día en que empiezan: Escritorio no los registra (solo un miembro ocupa
    un cargo); quedan de una versión anterior o se escribieron por fuera. No valen: la composición los marca y no
    ocupan el cupo de su país en una elección."""
    que_hacer = segun_la_puerta(
        ventana=traducir("termínelo con «Terminar mandato…» en Órganos"),
        linea="termínelo con «escritorio organos terminar-mandato»")
    return [(m["estado"], traducir(
        "Mandato {0} en {1}: {2} (id {3}) no era miembro el {4}, cuando empieza ({5}); solo un miembro ocupa un cargo. "
        "No vale: no integra el órgano ni ocupa el cupo de su país. Qué hacer: {6} (motivo: no era miembro) o, si la "
        "ciudad fue admitida después, corrija su «desde» a la fecha de admisión.").format(
        m["id"], m["organo"], m["miembro"], m["miembro_id"], m["desde"], _estado(m["estado"]), que_hacer))
            for m in mandatos_de_no_miembros(db)]


def candidaturas(db: BaseDeDatos) -> list[tuple[str, str]]:
    """Candidaturas de quien no era miembro el día de la sesión que elige (escritas por fuera o por una versión
    anterior): Escritorio no las registra."""
    que_hacer = segun_la_puerta(
        ventana=traducir("retírela con «Quitar», junto a la candidatura, en la pestaña Votaciones de la sesión"),
        linea="retírela con «escritorio sesiones quitar-candidatura»")
    return [(c["estado"], traducir(
        "Candidatura {0} en la elección de {1} («{2}», sesión del {3}): {4} (id {5}) no era miembro ese día ({6}); "
        "solo un miembro es candidatura. Qué hacer: si la elección sigue abierta, {7}; si ya se cerró, déjelo dicho "
        "en el acta o en una resolución.").format(
        c["id"], c["organo"], c["punto"], c["fecha"], c["miembro"], c["miembro_id"], _estado(c["estado"]), que_hacer))
            for c in candidaturas_de_no_miembros(db)]
