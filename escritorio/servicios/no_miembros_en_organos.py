"""Lo que `verificar` dice de los mandatos y las candidaturas de quien no era miembro ese día (issue 59): Escritorio no
los registra (servicios/elegibles.py); quedan de una versión anterior, se escribieron por fuera, o el miembro se dio de
baja después con una fecha anterior. Cada hallazgo va con el estado de ese día: `verificacion` decide si es problema o
aviso."""

from ..datos.base_de_datos import BaseDeDatos
from ..datos.organos import candidaturas_de_no_miembros, mandatos_de_no_miembros
from ..dominio.puerta import segun_la_puerta

_ESTADOS = {"solicitante": "solicitante, no admitida", "baja": "de baja"}


def mandatos(db: BaseDeDatos) -> list[tuple[str, str]]:
    """Mandatos de quien no era miembro el día en que empiezan: Escritorio no los registra (solo un miembro ocupa
    un cargo); quedan de una versión anterior o se escribieron por fuera. No valen: la composición los marca y no
    ocupan el cupo de su país en una elección."""
    return [(m["estado"], f"Mandato {m['id']} en {m['organo']}: {m['miembro']} (id {m['miembro_id']}) no era miembro "
            f"el {m['desde']}, cuando empieza ({_ESTADOS.get(m['estado'], m['estado'])}); solo un miembro ocupa un cargo. No vale: no "
            "integra el órgano ni ocupa el cupo de su país. " + segun_la_puerta(
                ventana="Qué hacer: termínelo en el área Órganos con «Terminar mandato…» (motivo: no era miembro) "
                        "o, si la ciudad fue admitida después, corrija su «desde» a la fecha de admisión.",
                linea="Qué hacer: termínelo con «escritorio organos terminar-mandato» (motivo: no era miembro) o, si "
                      "la ciudad fue admitida después, corrija su «desde» a la fecha de admisión."))
            for m in mandatos_de_no_miembros(db)]


def candidaturas(db: BaseDeDatos) -> list[tuple[str, str]]:
    """Candidaturas de quien no era miembro el día de la sesión que elige (escritas por fuera o por una versión
    anterior): Escritorio no las registra."""
    return [(c["estado"], f"Candidatura {c['id']} en la elección de {c['organo']} («{c['punto']}», sesión del "
            f"{c['fecha']}): {c['miembro']} (id {c['miembro_id']}) no era miembro ese día ({_ESTADOS.get(c['estado'], c['estado'])}); "
            "solo un miembro es candidatura. " + segun_la_puerta(
                ventana="Qué hacer: si la elección sigue abierta, retírela con «Quitar» en su fila (área Sesiones, "
                        "la elección de ese punto); si ya se cerró, déjelo dicho en el acta o en una resolución.",
                linea="Qué hacer: si la elección sigue abierta, retírela con «escritorio sesiones quitar-candidatura»; "
                      "si ya se cerró, déjelo dicho en el acta o en una resolución."))
            for c in candidaturas_de_no_miembros(db)]
