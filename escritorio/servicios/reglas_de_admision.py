"""Cuándo rige una admisión, cuándo vence la primera cuota y qué año paga quien es excluido (issue 59, punto 5).

Tres reglas de la asociación, cada una con el artículo que la funda (datos/esquema/admision.py):

- La admisión rige N días después de la sesión que la decide (0: ese mismo día; 1, por omisión: el día siguiente).
  Hasta entonces la ciudad sigue «solicitante», y el padrón, la ficha y la resolución lo dicen con la fecha.
- La primera cuota de quien ingresa durante el año vence N días después de su ingreso; sin N, los mismos días que
  la emisión da a todos desde el 1 de enero hasta su vencimiento (nunca el día del ingreso). Nunca antes del
  vencimiento de la emisión. La morosidad y el voto de los morosos leen ese vencimiento del cargo.
- El año de quien es excluido: como una baja (la regla de la escala, por omisión), la cuota completa o hasta el mes
  de la exclusión. La resolución que excluye lo dice.

Una regla sin artículo es del programa, no del estatuto: los textos lo dicen.
"""

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from ..datos import asociaciones as tabla_asociaciones
from ..datos.conexion import transaccion
from ..dominio import entrada, formato
from ..dominio.cuotas import REGLAS_EXCLUSION
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .contexto import Contexto

DIAS_MAXIMOS = 365


@dataclass(frozen=True)
class ReglasDeAdmision:
    admision_dias: int = 1                   # la admisión rige tantos días después de la sesión
    articulo_admision: str | None = None
    gracia_primera_cuota: int | None = None  # None: la de la emisión (los días del 1 de enero a su vencimiento)
    articulo_gracia: str | None = None
    cuota_exclusion: str = "como_la_baja"    # dominio.cuotas.REGLAS_EXCLUSION
    articulo_exclusion: str | None = None

    def rige_la_admision(self, fecha_sesion: date | str) -> date:
        """El día desde el que la ciudad admitida es miembro, si la resolución no dice otro."""
        if isinstance(fecha_sesion, str):
            fecha_sesion = date.fromisoformat(fecha_sesion)
        return fecha_sesion + timedelta(days=self.admision_dias)

    def texto_admision(self) -> str:
        """«La admisión rige el día siguiente a la sesión que la decide (Estatuto, art. 8).»"""
        if self.admision_dias == 0:
            regla = traducir("La admisión rige el mismo día de la sesión que la decide")
        elif self.admision_dias == 1:
            regla = traducir("La admisión rige el día siguiente a la sesión que la decide")
        else:
            regla = traducir("La admisión rige {0} días después de la sesión que la decide").format(self.admision_dias)
        return regla + _cita(self.articulo_admision)

    def gracia(self, anio: int, vencimiento: date) -> int:
        """Los días que tiene quien ingresa durante el año para pagar su primera cuota, con `vencimiento` el de la
        escala ese año: los de la asociación o, sin ellos, los que la escala da a todos desde el 1 de enero."""
        if self.gracia_primera_cuota is not None:
            return self.gracia_primera_cuota
        return min(max((vencimiento - date(anio, 1, 1)).days, 1), DIAS_MAXIMOS)

    def texto_gracia(self) -> str:
        if self.gracia_primera_cuota is None:
            regla = traducir("La primera cuota de quien ingresa durante el año vence tantos días después de su ingreso "
                             "como los que la escala da a todos desde el 1 de enero hasta su vencimiento (89 si vence "
                             "el 31/03)")
        else:
            regla = traducir("La primera cuota de quien ingresa durante el año vence {0} días después de su "
                             "ingreso").format(self.gracia_primera_cuota)
        return regla + traducir(", nunca antes del vencimiento de la emisión") + _cita(self.articulo_gracia)

    def texto_exclusion(self) -> str:
        regla = {"como_la_baja": traducir("Quien es excluido paga su año como una baja (la regla de la escala)"),
                 "completo": traducir("Quien es excluido paga la cuota completa de su año"),
                 "hasta_el_mes": traducir("Quien es excluido paga su año hasta el mes de la exclusión")}
        return regla[self.cuota_exclusion] + _cita(self.articulo_exclusion)

    def textos(self) -> list[str]:
        return [self.texto_admision(), self.texto_gracia(), self.texto_exclusion()]


def _cita(articulo: str | None) -> str:
    return f" ({articulo})." if articulo else traducir("; sin artículo: es la regla del programa, no del estatuto.")


def leer_reglas_de_admision(contexto: Contexto) -> ReglasDeAdmision:
    fila = tabla_asociaciones.reglas_de_admision(contexto.db, contexto.asociacion_id)
    if fila is None:
        raise ErrorEscritorio(traducir("No existe la asociación {0}.").format(contexto.asociacion_id))
    return ReglasDeAdmision(**fila)


_SIN_CAMBIO = object()


def fijar_reglas_de_admision(contexto: Contexto, *, admision_dias: object = _SIN_CAMBIO,
                             articulo_admision: object = _SIN_CAMBIO, gracia_primera_cuota: object = _SIN_CAMBIO,
                             articulo_gracia: object = _SIN_CAMBIO, cuota_exclusion: object = _SIN_CAMBIO,
                             articulo_exclusion: object = _SIN_CAMBIO) -> ReglasDeAdmision:
    """Cambia las reglas dadas (las demás quedan como están) y devuelve las que rigen. `gracia_primera_cuota`
    vacía o None: la de la emisión. Valida todo y lo dice junto (ErrorValidacion); nada se guarda si algo no sirve."""
    pedidas = {"admision_dias": admision_dias, "articulo_admision": articulo_admision,
               "gracia_primera_cuota": gracia_primera_cuota, "articulo_gracia": articulo_gracia,
               "cuota_exclusion": cuota_exclusion, "articulo_exclusion": articulo_exclusion}
    problemas: dict[str, str] = {}
    limpias: dict[str, object] = {}
    for campo, valor in pedidas.items():
        if valor is _SIN_CAMBIO:
            continue
        try:
            limpias[campo] = _leer(campo, valor)
        except ValueError as error:
            problemas[campo] = str(error)
    if problemas:
        raise ErrorValidacion(traducir("No se cambiaron las reglas de admisión:") + "\n"
                              + "\n".join(f"  - {p}" for p in problemas.values()),
                              list(problemas.values()), campos=problemas)
    db = contexto.db
    with transaccion(db):
        actual = tabla_asociaciones.reglas_de_admision(db, contexto.asociacion_id)
        if actual is None:
            raise ErrorEscritorio(traducir("No existe la asociación {0}.").format(contexto.asociacion_id))
        nuevas = ReglasDeAdmision(**{**actual, **limpias})
        tabla_asociaciones.fijar_reglas_de_admision(db, contexto.asociacion_id, asdict(nuevas))
    return nuevas


def _leer(campo: str, valor: object):
    if campo.startswith("articulo_"):
        try:
            return entrada.texto_opcional(valor, maximo=entrada.LARGO_CORTO)
        except ValueError as error:
            raise ValueError(traducir("Artículo: {0}.").format(error)) from None
    if campo == "cuota_exclusion":
        clave = str(valor).strip().replace("-", "_") if valor is not None else ""
        if clave not in REGLAS_EXCLUSION:
            raise ValueError(traducir("El año de quien es excluido: «{0}» no es una regla; use {1}.").format(
                entrada.muestra(valor), ", ".join(c.replace("_", "-") for c in REGLAS_EXCLUSION)))
        return clave
    if campo == "gracia_primera_cuota" and (valor is None or entrada.es_vacio(valor)):
        return None
    minimo = 0 if campo == "admision_dias" else 1
    que = (traducir("Días desde la sesión hasta que rige la admisión") if campo == "admision_dias"
           else traducir("Días de gracia de la primera cuota"))
    try:
        return entrada.entero(valor, minimo=minimo, maximo=DIAS_MAXIMOS, que=traducir("un número entero de días"))
    except ValueError as error:
        rango = "" if str(error).rstrip(".").endswith(str(DIAS_MAXIMOS)) else traducir(" (de {0} a {1})").format(
            minimo, formato.numero(DIAS_MAXIMOS))
        raise ValueError(f"{que}: {str(error).rstrip('.')}{rango}.") from None
