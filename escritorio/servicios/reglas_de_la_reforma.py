"""Una reforma que cambia un artículo fija las reglas de sesión que lo citan (issue 59, punto 1).

«escritorio estatutos reformar --resolucion N --desde FECHA --articulo 21 --texto … --regla poderes=3»: en la misma
transacción que registra la reforma, cada órgano cuya regla (el máximo de poderes, aquí) cita el artículo reformado
recibe una versión nueva de sus reglas de sesión desde la fecha de la reforma, con el valor nuevo y la reforma
anotada (reglas_quorum.reforma_id; la reforma nombra la resolución que la adoptó). Las sesiones anteriores a esa
fecha siguen con la versión vieja. Es la única manera de rebajar una regla con artículo: desde la configuración
solo se endurece (servicios/reglas_del_estatuto.py).

Claves de «--regla»: quorum, quorum.TIPO, mayoria.TIPO (TIPO: un tipo de decisión, como reforma_estatuto),
poderes, morosos (votan o sin-voto: el artículo es el de la suspensión del voto de la asociación) y anticipacion
(días; la anticipación de la convocatoria es del órgano, sin versiones: rige desde que se registra la reforma). La clave tiene que nombrar una regla que cite un artículo de la reforma; si ninguna lo cita, no se registra
nada y el mensaje lo dice.
"""

from dataclasses import dataclass, replace
from datetime import date

from ..datos import normas as tabla_normas
from ..datos import organos as tabla_organos
from ..dominio.mayorias import TIPOS_DECISION, ReglaMayoria
from ..dominio.traduccion import traducir
from ..errores import ErrorValidacion
from .contexto import Contexto
from .reglas_del_estatuto import reformados_por


@dataclass(frozen=True)
class ReglaFijada:
    """Una regla de sesión que la reforma fijó: de qué órgano, cuál y cómo queda, desde cuándo."""

    organo: str
    clave: str
    texto: str
    desde: date


def claves_posibles() -> list[str]:
    return (["quorum", "poderes", "morosos", "anticipacion"] + [f"quorum.{t}" for t in TIPOS_DECISION if t != "ordinaria"]
            + [f"mayoria.{t}" for t in TIPOS_DECISION])


def leer_regla(texto: str) -> tuple[str, object]:
    """«poderes=3» -> ("poderes", 3); «mayoria.reforma_estatuto=dos_tercios/presentes» -> (clave, ReglaMayoria);
    «quorum=1/2+1» -> ("quorum", (1, 2, True)); «poderes=sin-maximo» -> ("poderes", None). La misma lectura para
    «--regla» y para la ventana de la reforma; ErrorValidacion con un ejemplo si no se entiende."""
    from ..dominio.entrada import muestra
    from ..dominio.mayorias import MAYORIAS

    clave, igual, valor = texto.partition("=")
    clave, valor = clave.strip().lower(), valor.strip().lower()
    visto = muestra(texto)
    if not igual or not clave or not valor:
        raise ErrorValidacion(traducir("«{0}»: escriba CLAVE=VALOR, por ejemplo poderes=3, quorum=1/2+1 o "
                                       "mayoria.reforma_estatuto=dos_tercios/presentes").format(visto))
    if clave == "poderes":
        if valor in ("sin-maximo", "sin-máximo"):
            return clave, None
        if not (valor.isascii() and valor.isdigit() and len(valor) <= 5):
            raise ErrorValidacion(traducir("«{0}»: poderes=N (0: no se admiten) o poderes=sin-maximo").format(visto))
        return clave, int(valor)
    if clave == "morosos":
        if valor not in ("votan", "sin-voto"):
            raise ErrorValidacion(traducir("«{0}»: morosos=votan o morosos=sin-voto").format(visto))
        return clave, valor == "sin-voto"
    if clave == "anticipacion":
        if not (valor.isascii() and valor.isdigit() and len(valor) <= 4):
            raise ErrorValidacion(traducir("«{0}»: anticipacion=DIAS (0: sin exigencia)").format(visto))
        return clave, int(valor)
    if clave.startswith("quorum"):
        limpio = valor.replace(" ", "")
        mas_uno = limpio.endswith("+1")
        partes = limpio.removesuffix("+1").split("/")
        if len(partes) != 2 or not all(p.isascii() and p.isdigit() and len(p) <= 4 for p in partes):
            raise ErrorValidacion(traducir("«{0}» no es una fracción; escriba por ejemplo 1/2+1, 2/3 o 3/4 (con cifras "
                                           "del 0 al 9)").format(muestra(valor)))
        return clave, (int(partes[0]), int(partes[1]), mas_uno)
    if clave.startswith("mayoria"):
        mayoria, _, base = valor.partition("/")
        if mayoria not in MAYORIAS:
            raise ErrorValidacion(traducir("«{0}»: la mayoría es {1}, con su base tras una barra "
                                           "(dos_tercios/presentes)").format(visto, ", ".join(MAYORIAS)))
        return clave, ReglaMayoria(mayoria, base or "emitidos")
    raise ErrorValidacion(traducir("«{0}»: la clave es quorum, quorum.TIPO, mayoria.TIPO, poderes, morosos o "
                                   "anticipacion").format(visto))


def articulo_de(reglas, clave: str, articulo_morosos: str | None = None) -> str | None:
    """El artículo que cita la regla de esa clave (el de los morosos es el de la asociación)."""
    if clave == "poderes":
        return reglas.articulo_poderes
    if clave == "morosos":
        return articulo_morosos
    if clave == "anticipacion":
        return reglas.articulo_convocatoria
    que, _, tipo = clave.partition(".")
    if que == "quorum":
        return reglas.quorum(tipo or "ordinaria").articulo
    return reglas.mayoria(tipo).articulo


def _con_valor(reglas, clave: str, valor) -> None:
    """Pone `valor` en la regla de esa clave (con el artículo que citaba)."""
    if clave == "poderes":
        reglas.poderes_maximos = valor
        return
    if clave == "morosos":
        reglas.suspende_morosos = bool(valor)
        return
    if clave == "anticipacion":
        reglas.anticipacion_dias = valor or None
        return
    que, _, tipo = clave.partition(".")
    tipo = tipo or "ordinaria"
    if que == "quorum":
        anterior = reglas.quorum(tipo)
        n, d, mas_uno = valor
        reglas.reglas[tipo] = replace(anterior, numerador=n, denominador=d, mas_uno=mas_uno, tipo_decision=tipo)
    else:
        anterior = reglas.mayoria(tipo)
        reglas.mayorias[tipo] = ReglaMayoria(valor.mayoria, valor.base, anterior.articulo)


def texto_de_la_regla(reglas, clave: str) -> str:
    if clave == "poderes":
        n = reglas.poderes_maximos
        cita = f" ({reglas.articulo_poderes})" if reglas.articulo_poderes else ""
        return (traducir("sin máximo de poderes") if n is None else traducir("sin poderes") if n == 0
                else traducir("hasta {0} poderes por miembro").format(n)) + cita
    if clave == "morosos":
        return traducir("los morosos no votan") if reglas.suspende_morosos else traducir("los morosos votan")
    if clave == "anticipacion":
        cita = f" ({reglas.articulo_convocatoria})" if reglas.articulo_convocatoria else ""
        return (traducir("{0} días de anticipación").format(reglas.anticipacion_dias) if reglas.anticipacion_dias
                else traducir("sin anticipación exigida")) + cita
    que, _, tipo = clave.partition(".")
    if que == "quorum":
        return reglas.quorum(tipo or "ordinaria").describir()
    return reglas.mayoria(tipo).describir(tipo == "eleccion")


def fijar_reglas_de_la_reforma(contexto: Contexto, reforma_id: int, desde: date, valores: dict,
                               cita_de_la_reforma: str | None) -> list[ReglaFijada]:
    """Dentro de la transacción de la reforma: una versión nueva desde `desde` de las reglas de sesión de cada órgano
    que citan un artículo de la reforma, con `valores` (clave -> valor: (n, d, más uno) para un quórum,
    ReglaMayoria para una mayoría, int o None para los poderes). Rechaza una clave que ninguna regla cita."""
    from .sesiones.reglas import fijar_reglas_de_sesion, reglas_de_sesion

    problemas = [traducir("«--regla {0}»: no es una regla que una reforma fije; use {1}.").format(
        clave, ", ".join(claves_posibles())) for clave in valores if clave not in claves_posibles()]
    if problemas:
        raise ErrorValidacion(traducir("No se registró la reforma:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)
    from ..datos.sesiones import articulo_de_suspension

    cita = reformados_por(contexto, reforma_id)
    morosos = articulo_de_suspension(contexto.db, contexto.asociacion_id)
    _, numeros = tabla_normas.articulos_de_la_reforma(contexto.db, reforma_id)
    fijadas: list[ReglaFijada] = []
    usadas: set[str] = set()
    for organo in tabla_organos.organos(contexto.db, contexto.asociacion_id):
        reglas = reglas_de_sesion(contexto, organo["id"], desde)
        claves = [c for c in valores if cita(articulo_de(reglas, c, morosos))]
        if not claves:
            continue
        for clave in claves:
            _con_valor(reglas, clave, valores[clave])
        reglas.vigente_desde = desde
        fijar_reglas_de_sesion(contexto, organo["id"], reglas, reforma_id=reforma_id,
                               motivo=traducir("Fijada por la reforma ({0})").format(cita_de_la_reforma)
                               if cita_de_la_reforma else None)
        usadas.update(claves)
        fijadas += [ReglaFijada(organo["nombre"], c, texto_de_la_regla(reglas, c), desde) for c in claves]
    sueltas = [c for c in valores if c not in usadas]
    if sueltas:
        articulos = ", ".join(numeros)
        problemas = [traducir("«--regla {0}»: ninguna regla de sesión de esa clave cita el artículo {1} que la "
                              "reforma cambia; revise la cita de la regla (escritorio organos reglas ORGANO) o la "
                              "clave.").format(c, articulos) for c in sueltas]
        raise ErrorValidacion(traducir("No se registró la reforma:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)
    return fijadas


def reglas_fijadas_por(contexto: Contexto, reforma_id: int, claves: list[str]) -> list[ReglaFijada]:
    """Las reglas de sesión que una reforma fijó (leídas de la base), con su texto, para las claves dadas."""
    from .sesiones.reglas import reglas_de_sesion

    from ..datos.sesiones import articulo_de_suspension

    fijadas = []
    cita = reformados_por(contexto, reforma_id)
    morosos = articulo_de_suspension(contexto.db, contexto.asociacion_id)
    for organo_id, desde in tabla_organos.versiones_de_la_reforma(contexto.db, contexto.asociacion_id, reforma_id):
        reglas = reglas_de_sesion(contexto, organo_id, desde)
        nombre = next(o["nombre"] for o in tabla_organos.organos(contexto.db, contexto.asociacion_id)
                      if o["id"] == organo_id)
        fijadas += [ReglaFijada(nombre, c, texto_de_la_regla(reglas, c), date.fromisoformat(desde)) for c in claves
                    if cita(articulo_de(reglas, c, morosos))]
    return fijadas
