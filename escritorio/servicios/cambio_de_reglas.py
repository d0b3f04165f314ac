"""Cambiar las reglas de sesión de un órgano por partes («escritorio organos reglas ORGANO --poderes 3 …»): lo no
pedido queda como está. Todo en UNA transacción: leer la versión que cambia (la de la fecha del cambio), decidir esa
fecha (sin `desde`: hoy, o la vigente si con ella todavía no se celebró ninguna sesión; con una reforma, su fecha),
aplicar lo pedido y guardarlo con `fijar_reglas_de_sesion` (o `aplicar_reforma`). Otro programa que cambia las reglas
o celebra una sesión mientras tanto espera a que esto termine: lo que se decide es lo que se guarda.

La ventana, que muestra las reglas enteras en un formulario, guarda con las mismas funciones
(`sesiones.reglas.fijar_reglas_de_sesion` y `reglas_por_reforma.aplicar_reforma`), con las reglas leídas al abrirlo.
"""

from dataclasses import dataclass, fields, replace
from datetime import date

from ..datos.conexion import transaccion
from ..dominio.entrada import muestra
from ..dominio.mayorias import MAYORIAS, TIPOS_DECISION, ReglaMayoria
from ..dominio.sesiones import ReglaQuorum, leer_fraccion
from ..errores import ErrorEscritorio
from .contexto import Contexto
from .sesiones.reglas import ReglasDeSesion, fijar_reglas_de_sesion, reglas_de_sesion


@dataclass
class PedidoDeReglas:
    """Lo que se pide cambiar; None: queda como está. Los textos «FRACCION|general» y «N|sin-maximo» van como se
    escribieron (se leen aquí, en el orden de siempre, para que cada problema se diga en el mismo orden)."""

    quorum: tuple[int, int, bool] | None = None
    sobre: str | None = None
    segunda_convocatoria: int | None = None        # 0: sin segunda convocatoria
    articulo: str | None = None
    reforma: str | None = None                     # FRACCION o «general»
    articulo_reforma: str | None = None
    poderes: str | None = None                     # N o «sin-maximo»
    morosos: str | None = None                     # «sin-voto» o «votan»
    anticipacion: int | None = None                # 0: sin exigencia
    articulo_convocatoria: str | None = None
    articulo_poderes: str | None = None
    quorum_decision: str | None = None             # FRACCION o «general», del tipo `decision`
    articulo_quorum_decision: str | None = None
    mayoria: str | None = None                     # una de MAYORIAS, u «ordinaria»
    base: str | None = None
    articulo_mayoria: str | None = None
    desde: date | None = None
    # Lo que acompaña un cambio (no es un cambio por sí mismo):
    decision: str = "ordinaria"
    motivo: str | None = None
    por_reforma: str | None = None

    def cambios(self) -> list:
        """Los valores de los cambios, en el orden de las opciones (el último es `desde`)."""
        return [getattr(self, c.name) for c in fields(self) if c.name not in ("decision", "motivo", "por_reforma")]

    def cambia_algo(self) -> bool:
        return any(c is not None for c in self.cambios())


@dataclass
class ReglasCambiadas:
    """Las reglas que quedaron (las de la versión guardada) y lo que dijo el guardado (fecha, motivo, avisos)."""

    reglas: ReglasDeSesion
    guardadas: object   # reglas_del_estatuto.ReglasGuardadas


def cambiar_reglas_de_sesion(contexto: Contexto, organo_id: int, pedido: PedidoDeReglas) -> ReglasCambiadas:
    """Aplica `pedido` a las reglas del órgano y las guarda: leer, decidir y escribir en una sola transacción."""
    from .reglas_por_reforma import aplicar_reforma, reforma_para_aplicar

    _exigir_un_cambio(pedido)
    with transaccion(contexto.db):
        aplicada = reforma_para_aplicar(contexto, pedido.por_reforma) if pedido.por_reforma is not None else None
        desde = _fecha_del_cambio(contexto, organo_id, pedido, aplicada)
        reglas = reglas_de_sesion(contexto, organo_id, desde or "1900-01-01")
        reglas.vigente_desde = desde
        _aplicar_quorum_general(reglas, pedido)
        _aplicar_decision(reglas, pedido)
        _aplicar_poderes_y_convocatoria(reglas, pedido)
        if aplicada is not None:
            guardadas = aplicar_reforma(contexto, organo_id, aplicada["id"], reglas, pedido.desde, pedido.motivo)
        else:
            guardadas = fijar_reglas_de_sesion(contexto, organo_id, reglas, motivo=pedido.motivo)
        return ReglasCambiadas(reglas_de_sesion(contexto, organo_id, guardadas.vigente_desde or "1900-01-01"),
                               guardadas)


def _exigir_un_cambio(pedido: PedidoDeReglas) -> None:
    """--motivo y --por-reforma acompañan un cambio: solos no dicen qué cambiar."""
    if pedido.motivo is not None and not pedido.cambia_algo():
        raise ErrorEscritorio("--motivo va con un cambio de las reglas (--quorum, --mayoria, --poderes…).")
    if pedido.por_reforma is not None and not any(c is not None for c in pedido.cambios()[:-1]):
        raise ErrorEscritorio("--por-reforma va con el valor nuevo de la regla que la reforma cambió (--poderes, "
                              "--quorum, --mayoria…).")


def _fecha_del_cambio(contexto: Contexto, organo_id: int, pedido: PedidoDeReglas, aplicada) -> date | None:
    """Lo que se cambia es la versión que rige desde la fecha del cambio (sin `desde`: hoy, o la vigente si con ella
    todavía no se celebró ninguna sesión; con una reforma, su fecha), nunca la que se muestra."""
    from .reglas_del_estatuto import fecha_para_un_cambio

    if aplicada is not None:
        return pedido.desde or date.fromisoformat(aplicada["vigente_desde"])
    if pedido.desde is not None:
        return pedido.desde
    return fecha_para_un_cambio(contexto, organo_id, reglas_de_sesion(contexto, organo_id).versiones)


def _fraccion(opcion: str, texto: str) -> tuple[int, int, bool]:
    try:
        return leer_fraccion(texto)
    except ValueError as error:   # el mensaje ya está en castellano
        raise ErrorEscritorio(f"{opcion}: {error}.") from None


def _aplicar_quorum_general(reglas: ReglasDeSesion, pedido: PedidoDeReglas) -> None:
    """--quorum, --sobre, --segunda-convocatoria y --articulo (la regla ordinaria); --reforma y su artículo."""
    general = reglas.reglas["ordinaria"]
    if pedido.quorum:
        general = replace(general, numerador=pedido.quorum[0], denominador=pedido.quorum[1], mas_uno=pedido.quorum[2])
    if pedido.sobre:
        general = replace(general, sobre=pedido.sobre)
    if pedido.segunda_convocatoria is not None:
        general = replace(general, segunda_convocatoria_minutos=pedido.segunda_convocatoria or None)
    if pedido.articulo is not None:
        general = replace(general, articulo=pedido.articulo)
    reforma = reglas.reglas.get("reforma_estatuto")
    if pedido.reforma is not None:
        if pedido.reforma.strip().lower() == "general":
            reforma = None
        else:
            n, d, mas_uno = _fraccion("--reforma", pedido.reforma)
            reforma = replace(reforma or ReglaQuorum(sobre=general.sobre), numerador=n, denominador=d, mas_uno=mas_uno)
    if pedido.articulo_reforma is not None:
        if reforma is None:
            raise ErrorEscritorio("Indique también --reforma FRACCION: sin regla propia rige la general.")
        reforma = replace(reforma, articulo=pedido.articulo_reforma)
    reglas.reglas = {**reglas.reglas, "ordinaria": general, "reforma_estatuto": reforma}


def _aplicar_decision(reglas: ReglasDeSesion, pedido: PedidoDeReglas) -> None:
    """--quorum-decision, --mayoria, --base y los artículos, aplicados al tipo de decisión `pedido.decision`."""
    _aplicar_quorum_de_la_decision(reglas, pedido)
    _aplicar_mayoria_de_la_decision(reglas, pedido)


def _aplicar_quorum_de_la_decision(reglas: ReglasDeSesion, pedido: PedidoDeReglas) -> None:
    tipo = pedido.decision
    general = reglas.reglas["ordinaria"]
    if pedido.quorum_decision is not None:
        if tipo == "ordinaria":
            raise ErrorEscritorio("El quórum ordinario se cambia con --quorum; --quorum-decision es para otro tipo de "
                                  "decisión (--decision reforma_estatuto, disolucion…).")
        if pedido.quorum_decision.strip().lower() == "general":
            reglas.reglas[tipo] = None
        else:
            n, d, mas_uno = _fraccion("--quorum-decision", pedido.quorum_decision)
            reglas.reglas[tipo] = replace(reglas.reglas.get(tipo) or ReglaQuorum(sobre=general.sobre, tipo_decision=tipo),
                                          numerador=n, denominador=d, mas_uno=mas_uno)
    if pedido.articulo_quorum_decision is not None:
        if reglas.reglas.get(tipo) is None or tipo == "ordinaria":
            raise ErrorEscritorio("Indique también --quorum-decision FRACCION: sin quórum propio rige el ordinario "
                                  "(su artículo se cambia con --articulo).")
        reglas.reglas[tipo] = replace(reglas.reglas[tipo], articulo=pedido.articulo_quorum_decision)


def _aplicar_mayoria_de_la_decision(reglas: ReglasDeSesion, pedido: PedidoDeReglas) -> None:
    tipo = pedido.decision
    actual = reglas.mayorias.get(tipo)
    if pedido.mayoria == "ordinaria":
        if tipo == "ordinaria":
            raise ErrorEscritorio("--mayoria ordinaria es para otro tipo de decisión; la ordinaria necesita una mayoría "
                                  f"({', '.join(MAYORIAS)}).")
        if pedido.base is not None or pedido.articulo_mayoria is not None:
            raise ErrorEscritorio("Con --mayoria ordinaria rige la mayoría de las decisiones ordinarias: no indique "
                                  "--base ni --articulo-mayoria.")
        reglas.mayorias[tipo] = None
        return
    if pedido.mayoria is None and pedido.base is None and pedido.articulo_mayoria is None:
        return
    if pedido.mayoria is None and actual is None:
        raise ErrorEscritorio(f"Indique --mayoria: «{muestra(TIPOS_DECISION[tipo].lower())}» no tiene mayoría propia.")
    mayoria = pedido.mayoria or actual.mayoria
    base = pedido.base
    if base is None:
        base = "emitidos" if mayoria == "simple" else (actual.base if actual and actual.mayoria != "simple" else None)
    if base is None:
        raise ErrorEscritorio(f"Indique --base para {MAYORIAS[mayoria].lower()}: emitidos, presentes o con_derecho "
                              "(la mayoría simple no lleva base).")
    articulo = pedido.articulo_mayoria if pedido.articulo_mayoria is not None else (actual.articulo if actual else None)
    reglas.mayorias[tipo] = ReglaMayoria(mayoria, base, articulo)


_SIN_MAXIMO = ("sin-maximo", "sin máximo", "sin-máximo")


def _aplicar_poderes_y_convocatoria(reglas: ReglasDeSesion, pedido: PedidoDeReglas) -> None:
    """--poderes y su artículo, --morosos, --anticipacion y su artículo."""
    if pedido.poderes is not None:
        if pedido.poderes.strip().lower() in _SIN_MAXIMO:
            reglas.poderes_maximos = None
        elif pedido.poderes.strip().isascii() and pedido.poderes.strip().isdigit():
            reglas.poderes_maximos = int(pedido.poderes)
        else:
            raise ErrorEscritorio(f"--poderes «{muestra(pedido.poderes)}»: escriba un número (0 = no se admiten) o "
                                  "sin-maximo.")
    if pedido.articulo_poderes is not None:
        reglas.articulo_poderes = pedido.articulo_poderes
    if pedido.morosos:
        reglas.suspende_morosos = pedido.morosos == "sin-voto"
    if pedido.anticipacion is not None:
        reglas.anticipacion_dias = pedido.anticipacion or None
    if pedido.articulo_convocatoria is not None:
        reglas.articulo_convocatoria = pedido.articulo_convocatoria
