"""Un órgano de la asociación y la corrección de sus mandatos, con constancia de cada una.

Debajo de `organos` (que arma la composición con el padrón y la morosidad) y de `miembros` (una baja termina los
mandatos del miembro corrigiendo su «hasta»): los dos importan de aquí.
"""

from datetime import date
from typing import TypedDict


from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..dominio.entrada import muestra
from ..dominio import formato
from ..dominio.organos import CARGOS, FORMAS, forma_desconocida
from ..dominio.traduccion import traducir
from ..dominio.vida_de_los_organos import mandato_fuera_de_su_vida
from ..errores import ErrorEscritorio
from . import campos
from .campos import LARGO_CORTO, LARGO_NOMBRE
from .contexto import Contexto
from .elegibles import no_puede, sin_persona


class FilaOrgano(TypedDict):
    """Un órgano de la asociación."""

    id: int
    asociacion_id: int
    nombre: str
    tipo: str
    padre_id: int | None
    atribuciones: str | None
    frecuencia_meses: int | None
    articulo: str | None
    creado_en: str
    anticipacion_dias: int | None
    articulo_convocatoria: str | None
    periodo_meses: int | None        # cuánto dura un mandato (None: el estatuto no lo fija)
    articulo_periodo: str | None
    creado_el: str | None            # el día en que lo creó el estatuto o una resolución (None: desde siempre)
    creado_por: str | None           # qué lo creó («Estatuto, art. 21», «Resolución 4/2027»)
    disuelto_el: str | None          # el día en que se disolvió, su último día (None: todavía existe)
    disuelto_por: str | None         # qué lo disolvió


def organo_de_la_asociacion(contexto: Contexto, organo_id: int) -> FilaOrgano:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organo = tabla_organos.organo(db, organo_id)
    if organo is None or organo["asociacion_id"] != asociacion_id:
        raise ErrorEscritorio(traducir("No existe el órgano {0} en esta asociación.").format(organo_id))
    return organo


_CORREGIBLES = {"desde", "hasta", "cargo", "con_voto", "persona", "forma"}


class CorreccionSinCambio(ErrorEscritorio):
    """La corrección deja el dato como estaba: no se escribe ni se anota en la historia del mandato."""


def _sin_cambio(mandato_id: int, campo: str, valor) -> CorreccionSinCambio:
    if campo == "hasta" and valor is not None:
        return CorreccionSinCambio(traducir(
            "El mandato {0} ya termina el {1}: no cambia nada, y no se anotó en su historia.").format(
            mandato_id, formato.fecha(date.fromisoformat(valor))))
    if campo == "desde" and valor is not None:
        escrito = formato.fecha(date.fromisoformat(valor))
    elif campo == "cargo":
        escrito = traducir(CARGOS[valor])
    elif campo == "forma":
        escrito = traducir(FORMAS[valor])
    elif campo == "con_voto":
        escrito = traducir("con voto") if valor else traducir("sin voto")
    else:
        escrito = valor if valor is not None else "—"
    return CorreccionSinCambio(traducir(
        "El mandato {0} ya dice «{1}» en {2}: la corrección no cambia nada y no se anotó en su historia.").format(
        mandato_id, escrito, traducir(_ROTULOS[campo])))


_ROTULOS = {"desde": "Desde", "hasta": "Hasta", "cargo": "Cargo", "con_voto": "Voto", "persona": "Persona",
            "forma": "Forma del cargo"}


def corregir_mandato(contexto: Contexto, mandato_id: int, campo: str, valor, motivo: str) -> None:
    """Corrige un dato de un mandato dejando constancia (qué, antes, después, motivo y cuándo)."""
    db = contexto.db
    with transaccion(db):  # el valor «antes» se lee con la base tomada: otra ventana pudo corregirlo recién
        mandato = tabla_organos.mandato(db, mandato_id)
        if mandato is None:
            raise ErrorEscritorio(traducir("No existe el mandato {0}.").format(mandato_id))
        organo_de_la_asociacion(contexto, mandato["organo_id"])
        if campo not in _CORREGIBLES:
            raise ErrorEscritorio(traducir("El dato «{0}» de un mandato no se corrige así; use {1}.").format(
                campo, ", ".join(sorted(_CORREGIBLES))))
        if not motivo or not motivo.strip():
            raise ErrorEscritorio(traducir("Indique el motivo de la corrección."))
        motivo = campos.texto(traducir("Motivo"), motivo, maximo=LARGO_CORTO)
        valor = _valor_corregido(campo, valor)
        desde = valor if campo == "desde" else mandato["desde"]
        hasta = valor if campo == "hasta" else mandato["hasta"]
        if hasta is not None and desde is not None and hasta < desde:
            raise ErrorEscritorio(traducir("Con esa corrección el mandato terminaría antes de empezar."))
        if campo in ("desde", "hasta") and (problema := mandato_fuera_de_su_vida(
                tabla_organos.organo(db, mandato["organo_id"]), desde, hasta)):
            raise ErrorEscritorio(problema)
        if campo in ("cargo", "persona") and (problema := sin_persona(
                db, tabla_organos.organo(db, mandato["organo_id"]), valor if campo == "cargo" else mandato["cargo"],
                valor if campo == "persona" else mandato["persona"], traducir("ocupar el cargo"))):
            raise ErrorEscritorio(problema)
        if campo in ("desde", "cargo") and mandato["miembro_id"] is not None and (problema := no_puede(
                db, tabla_organos.organo(db, mandato["organo_id"]), mandato["miembro_id"], desde,
                valor if campo == "cargo" else mandato["cargo"], traducir("ocupar un cargo"))):
            raise ErrorEscritorio(problema)   # la misma pregunta que designar (y que repasa verificar)
        if not tabla_organos.corregir(db, mandato_id, campo, mandato[campo], valor, motivo.strip()):
            raise _sin_cambio(mandato_id, campo, valor)


def _valor_corregido(campo: str, valor):
    """El valor nuevo, validado como lo haría el alta de un mandato."""
    if campo in ("desde", "hasta"):
        if valor is None and campo == "hasta":
            return None
        try:
            fecha = valor if isinstance(valor, date) else date.fromisoformat(str(valor))
        except ValueError:
            raise ErrorEscritorio(traducir("«{0}» no es una fecha válida (AAAA-MM-DD).").format(muestra(valor))) from None
        rotulo = traducir("Desde") if campo == "desde" else traducir("Hasta")
        return campos.fecha(rotulo, fecha, historica=True, futura=True).isoformat()
    if campo == "cargo" and valor not in CARGOS:
        raise ErrorEscritorio(traducir("Cargo «{0}» desconocido; use {1}.").format(valor, ", ".join(CARGOS)))
    if campo == "con_voto":
        if valor not in (True, False, 0, 1):
            raise ErrorEscritorio(traducir("El derecho a voto se corrige con sí (1) o no (0)."))
        return int(valor)
    if campo == "forma" and valor not in FORMAS:
        raise ErrorEscritorio(forma_desconocida(valor))
    if campo == "persona":
        return campos.texto_opcional(traducir("Persona"), valor, maximo=LARGO_NOMBRE)
    return valor
