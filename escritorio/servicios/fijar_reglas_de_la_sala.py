"""Fijar las reglas de la sala de un órgano (issue 64): el plazo para presentar mociones, el tiempo de cada
intervención y el de una cuestión de orden, el orden de votación de las enmiendas, los apoyos que una moción necesita
para que se la admita, el flujo de sus mociones (issue 82) y el artículo que las fija.

El estatuto manda (como en servicios/reglas_del_estatuto.py): mientras las reglas citan un artículo del reglamento,
desde la configuración no cambian (ni sus valores ni la cita); el mensaje dice el artículo y cómo cambiarlas: con
una reforma de ese artículo, nombrada en el pedido (`por_reforma`, «--por-reforma N» como en «organos reglas»), ya
vigente y registrada después de la última vez que se fijaron (si no, ya estaba en ellas; lo dice el orden de la
bitácora, que crece con cada escritura en los dos motores). Las reglas de la sala no tienen versiones ni guardan un motivo (la migración 0055 no los
tiene): por eso no se admite endurecerlas con un motivo, como las reglas de sesión, y la reforma rige desde que se
aplica (como la anticipación de la convocatoria, que tampoco tiene versiones). Sin artículo, se cambian libremente y
el resultado lo avisa.

Todo en una transacción: se leen las reglas que rigen, se decide y se guarda con la base tomada.
"""

from dataclasses import dataclass, field, replace
from datetime import date

from ..datos import sala as tabla_sala
from ..datos.conexion import transaccion
from ..dominio import formato
from ..dominio.flujos_de_mocion import (FLUJOS, como_texto, describir_flujo, errores_del_cambio, flujo_cambiado,
                                        flujo_por_omision)
from ..dominio.puerta import segun_la_puerta
from ..dominio.sala import ORDENES_ENMIENDAS, SEGUNDOS_INTERVENCION_BREVE, SEGUNDOS_PREGUNTA
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, Revision
from .contexto import Contexto
from .mandatos import organo_de_la_asociacion
from .reglas_de_la_sala import ReglasDeLaSala, reglas_de_la_sala

PLAZO_MAXIMO = 365
APOYOS_MAXIMOS = 500
SEGUNDOS_MINIMOS, SEGUNDOS_MAXIMOS = 10, 7200


@dataclass(frozen=True)
class PedidoDeReglasDeLaSala:
    """Lo que se pide cambiar; None: queda como está. `sin_plazo`: quitar el plazo de las mociones."""
    plazo_mociones_dias: int | None = None
    sin_plazo: bool = False
    segundos_palabra: int | None = None
    segundos_cuestion_orden: int | None = None
    orden_enmiendas: str | None = None
    minimo_apoyos: int | None = None     # 0: sin mínimo
    segundos_intervencion_breve: int | None = None
    segundos_pregunta: int | None = None     # los de una pregunta intercalada
    articulo: str | None = None          # «» quita la cita
    por_reforma: str | None = None       # la reforma registrada que permite cambiar unas reglas con artículo
    flujo: str | None = None             # el flujo de las mociones, de los hechos («simple», «completo»)
    con_pasos: tuple[str, ...] = ()      # pasos que se suman al flujo («admitida>derivada»)
    sin_pasos: tuple[str, ...] = ()      # pasos que se le quitan

    def cambia_algo(self) -> bool:
        return self.sin_plazo or bool(self.con_pasos or self.sin_pasos) or any(v is not None for v in (
            self.flujo,
            self.plazo_mociones_dias, self.segundos_palabra, self.segundos_cuestion_orden, self.orden_enmiendas,
            self.minimo_apoyos, self.segundos_intervencion_breve, self.segundos_pregunta, self.articulo))


@dataclass(frozen=True)
class ReglasDeLaSalaFijadas:
    reglas: ReglasDeLaSala
    cambiaron: bool
    avisos: list[str] = field(default_factory=list)


def describir(reglas: ReglasDeLaSala) -> str:
    """«plazo de 15 días, 180 s por intervención, 60 s por cuestión de orden, la más alejada primero»."""
    plazo = (traducir("sin plazo para las mociones") if reglas.plazo_mociones_dias is None
             else traducir("mociones hasta {0} días antes de la sesión").format(reglas.plazo_mociones_dias))
    orden = (traducir("enmiendas: la más alejada del texto primero") if reglas.orden_enmiendas == "mas_lejana"
             else traducir("enmiendas: por orden de presentación"))
    texto = traducir("{0}; {1} s por intervención; {2} s por cuestión de orden; {3}").format(
        plazo, reglas.segundos_palabra, reglas.segundos_cuestion_orden, orden)
    # Los tiempos de OpenSlides (issue 82), solo si el órgano los cambió: las reglas de antes se leen como antes.
    if (reglas.segundos_intervencion_breve, reglas.segundos_pregunta) != (SEGUNDOS_INTERVENCION_BREVE,
                                                                          SEGUNDOS_PREGUNTA):
        texto += "; " + traducir("{0} s por intervención breve; {1} s por pregunta intercalada").format(
            reglas.segundos_intervencion_breve, reglas.segundos_pregunta)
    if reglas.minimo_apoyos:
        texto += "; " + (traducir("al menos 1 apoyo para admitir una moción") if reglas.minimo_apoyos == 1 else
                         traducir("al menos {0} apoyos para admitir una moción").format(reglas.minimo_apoyos))
    # El flujo, solo si no es el de omisión (issue 82): las reglas de antes se leen como antes.
    if reglas.flujo is None:
        texto += "; " + traducir("un flujo de las mociones que no se entiende (fíjelo de nuevo)")
    elif reglas.flujo != flujo_por_omision():
        texto += "; " + describir_flujo(reglas.flujo)
    return texto


def _revisar(pedido: PedidoDeReglasDeLaSala) -> str | None:
    """Los valores posibles; devuelve el artículo limpio (o None si no se pide cambiarlo; «» si se quita)."""
    problemas = []
    if pedido.sin_plazo and pedido.plazo_mociones_dias is not None:
        problemas.append(traducir("Indique un plazo o ninguno, no los dos."))
    if pedido.plazo_mociones_dias is not None and not 0 <= pedido.plazo_mociones_dias <= PLAZO_MAXIMO:
        problemas.append(traducir("Plazo para las mociones: de 0 a {0} días antes de la sesión.").format(PLAZO_MAXIMO))
    for que, valor in ((traducir("Tiempo de cada intervención"), pedido.segundos_palabra),
                       (traducir("Tiempo de una cuestión de orden"), pedido.segundos_cuestion_orden),
                       (traducir("Tiempo de una intervención breve"), pedido.segundos_intervencion_breve),
                       (traducir("Tiempo de una pregunta intercalada"), pedido.segundos_pregunta)):
        if valor is not None and not SEGUNDOS_MINIMOS <= valor <= SEGUNDOS_MAXIMOS:
            problemas.append(traducir("{0}: de {1} a {2} segundos.").format(que, SEGUNDOS_MINIMOS, SEGUNDOS_MAXIMOS))
    if pedido.minimo_apoyos is not None and not 0 <= pedido.minimo_apoyos <= APOYOS_MAXIMOS:
        problemas.append(traducir("Apoyos para admitir una moción: de 0 a {0}.").format(APOYOS_MAXIMOS))
    if pedido.orden_enmiendas is not None and pedido.orden_enmiendas not in ORDENES_ENMIENDAS:
        problemas.append(traducir("Orden de las enmiendas «{0}»: use {1}.").format(pedido.orden_enmiendas,
                                                                                 ", ".join(ORDENES_ENMIENDAS)))
    if pedido.flujo is not None and pedido.flujo not in FLUJOS:
        problemas.append(traducir("Flujo de las mociones «{0}»: use {1}.").format(pedido.flujo, ", ".join(FLUJOS)))
    problemas.extend(errores_del_cambio(list(pedido.con_pasos), list(pedido.sin_pasos)))
    articulo = pedido.articulo
    if articulo is not None and articulo.strip():
        revision = Revision(problemas)
        articulo = revision.texto(traducir("Artículo del reglamento"), articulo, maximo=LARGO_CORTO)
    if problemas:
        raise ErrorEscritorio(traducir("No se cambiaron las reglas de la sala:") + "\n"
                              + "\n".join(f"  - {p}" for p in problemas))
    return articulo.strip() if articulo is not None else None


def fijar_reglas_de_la_sala(contexto: Contexto, organo_id: int, pedido: PedidoDeReglasDeLaSala) -> ReglasDeLaSalaFijadas:
    """Aplica `pedido` a las reglas de la sala del órgano y las guarda (lo no pedido queda como está)."""
    organo = organo_de_la_asociacion(contexto, organo_id)
    if pedido.por_reforma is not None and not pedido.cambia_algo():
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("La reforma va con el valor nuevo de la regla que cambió."),
            linea=traducir("--por-reforma va con el valor nuevo de la regla que la reforma cambió (--plazo-mociones, "
                           "--segundos-palabra…).")))
    articulo = _revisar(pedido)
    with transaccion(contexto.db):
        actuales = reglas_de_la_sala(contexto, organo_id)
        nuevas = replace(
            actuales,
            plazo_mociones_dias=(None if pedido.sin_plazo else pedido.plazo_mociones_dias
                                 if pedido.plazo_mociones_dias is not None else actuales.plazo_mociones_dias),
            segundos_palabra=pedido.segundos_palabra or actuales.segundos_palabra,
            segundos_cuestion_orden=pedido.segundos_cuestion_orden or actuales.segundos_cuestion_orden,
            orden_enmiendas=pedido.orden_enmiendas or actuales.orden_enmiendas,
            minimo_apoyos=(actuales.minimo_apoyos if pedido.minimo_apoyos is None else pedido.minimo_apoyos),
            segundos_intervencion_breve=pedido.segundos_intervencion_breve or actuales.segundos_intervencion_breve,
            segundos_pregunta=pedido.segundos_pregunta or actuales.segundos_pregunta,
            articulo=(articulo or None) if articulo is not None else actuales.articulo, fijadas=True,
            flujo=flujo_cambiado(FLUJOS[pedido.flujo] if pedido.flujo else actuales.flujo, list(pedido.con_pasos),
                                 list(pedido.sin_pasos)))
        if nuevas == replace(actuales, fijadas=True):
            return ReglasDeLaSalaFijadas(actuales, False)
        if actuales.articulo:
            _exigir_la_reforma(contexto, organo_id, organo["nombre"], actuales, pedido.por_reforma)
        elif pedido.por_reforma is not None:
            raise ErrorEscritorio(traducir("Las reglas de la sala de «{0}» no citan ningún artículo: se cambian sin "
                                           "reforma.").format(organo["nombre"]))
        tabla_sala.guardar_reglas_de_la_sala(contexto.db, organo_id, nuevas.plazo_mociones_dias,
                                             nuevas.segundos_palabra, nuevas.segundos_cuestion_orden,
                                             nuevas.orden_enmiendas, nuevas.articulo, nuevas.minimo_apoyos,
                                             nuevas.segundos_intervencion_breve, nuevas.segundos_pregunta,
                                             como_texto(nuevas.flujo))
    avisos = [] if nuevas.articulo else [traducir(
        "Las reglas de la sala de «{0}» no citan ningún artículo del reglamento: no tienen base estatutaria y se "
        "cambian libremente.").format(organo["nombre"])]
    return ReglasDeLaSalaFijadas(reglas_de_la_sala(contexto, organo_id), True, avisos)


def _exigir_la_reforma(contexto: Contexto, organo_id: int, organo: str, actuales: ReglasDeLaSala,
                       por_reforma: str | None) -> None:
    """Unas reglas que citan un artículo cambian solo con una reforma registrada y vigente de ese artículo."""
    from .reglas_por_reforma import reforma_para_aplicar

    inicio = traducir("Las reglas de la sala de «{0}» las fija {1} (hoy: {2}).").format(
        organo, actuales.articulo, describir(actuales))
    if por_reforma is None:
        raise ErrorEscritorio(inicio + " " + traducir(
            "Una regla que cita un artículo no se cambia desde la configuración: cambia con una reforma de ese "
            "artículo.") + " " + segun_la_puerta(
            ventana=traducir("Registre la reforma (área Estatutos, «Reforma…») y elíjala en «Por la reforma:»."),
            linea=traducir("Registre la reforma («escritorio estatutos reformar …») y nómbrela con --por-reforma N.")))
    problema = _problema_de_la_reforma(contexto, organo_id, actuales.articulo,
                                       reforma_para_aplicar(contexto, por_reforma))
    if problema:
        raise ErrorEscritorio(inicio + " " + problema)


def _problema_de_la_reforma(contexto: Contexto, organo_id: int, articulo: str, reforma: dict) -> str | None:
    """Por qué la reforma no permite cambiar las reglas de la sala que citan `articulo` (None: las permite)."""
    from .reglas_del_estatuto import reformados_por

    cual = traducir("La reforma de «{0}» del {1}").format(reforma["norma"], formato.fecha(reforma["vigente_desde"]))
    if not reformados_por(contexto, reforma["id"])(articulo):
        return traducir("{0} no cambia ese artículo: no permite cambiarlas.").format(cual)
    # Una reforma registrada antes de la última vez que se fijaron estas reglas ya estaba en ellas: no sirve otra vez.
    fijadas = tabla_sala.ultimo_registro(contexto.db, "reglas_de_la_sala", organo_id)
    registrada = tabla_sala.ultimo_registro(contexto.db, "reformas", reforma["id"])
    if fijadas is not None and (registrada is None or registrada < fijadas):
        return traducir("{0} se registró antes de que se fijaran estas reglas: ya las tuvieron en cuenta. Para "
                        "cambiarlas hace falta una reforma posterior de ese artículo.").format(cual)
    if date.fromisoformat(reforma["vigente_desde"]) > fecha_de_hoy():
        return traducir("{0} rige desde ese día: aplíquela desde entonces.").format(cual)
    return None


@dataclass(frozen=True)
class ReformaParaLaSala:
    """Una reforma registrada que cambió el artículo que citan las reglas de la sala del órgano."""
    referencia: str      # cómo se nombra en `por_reforma` («Reglamento:2»)
    texto: str           # «Reglamento, reforma 2, desde el 01/03/2026»


def reformas_para_la_sala(contexto: Contexto, organo_id: int) -> list[ReformaParaLaSala]:
    """Las reformas que hoy permiten cambiar las reglas de la sala del órgano (las del artículo que citan, registradas
    después de la última vez que se fijaron, ya vigentes), la más nueva primero; ninguna si no citan un artículo."""
    from ..datos import normas as tabla_normas
    from .estatutos import listar_normas, listar_reformas

    articulo = reglas_de_la_sala(contexto, organo_id).articulo
    if not articulo:
        return []
    posibles = []
    for norma in listar_normas(contexto):
        for numero, fila in enumerate(listar_reformas(contexto, norma["id"])):
            if numero and _problema_de_la_reforma(contexto, organo_id, articulo,
                                                  tabla_normas.reforma(contexto.db, fila["id"])) is None:
                posibles.append(ReformaParaLaSala(f"{norma['titulo']}:{numero}", traducir(
                    "{0}, reforma {1}, desde el {2}").format(norma["titulo"], numero,
                                                            formato.fecha(fila["vigente_desde"]))))
    return posibles[::-1]
