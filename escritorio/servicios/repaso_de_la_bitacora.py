"""El repaso de la bitácora: cada registro, en orden, contra las reglas de `servicios/reglas_de_la_bitacora.py`, con el
estado que tenía la base en ese momento (servicios/estado_de_la_bitacora.py). Un registro que rompe una regla es una
alarma que lo nombra, con el sello que lo cubre y quién lo selló.

Además, los documentos emitidos se cruzan con la cadena: cada uno tiene que tener su alta (y solo su alta) en la
bitácora, dentro de un sello, escrita por Escritorio (no sellada aparte como incidente), con los valores que tiene
hoy; y un código o un número de recibo no se repite nunca entre las altas.
"""

import bisect
import json
from dataclasses import dataclass, field

from ..datos import incidentes
from ..datos import reglas_de_la_bitacora as datos
from ..datos.base_de_datos import BaseDeDatos
from ..datos.bitacora import columnas_legibles
from ..dominio.traduccion import traducir
from .estado_de_la_bitacora import Estado, Registro
from .reglas_de_la_bitacora import REGLAS, FueraDeRegla, Regla, repetida, siempre
from .reglas_de_las_decisiones import elecciones_que_sus_votos_no_dan


@dataclass
class Alarma:
    """Un registro que Escritorio no pudo haber escrito, o un documento emitido que la cadena no respalda."""
    registro: int | None
    sello: int | None
    momento: str | None     # UTC, del sello
    sellado_por: str | None
    ajeno: int | None       # el incidente que lo selló aparte, si fue así
    texto: str              # qué cambió y por qué Escritorio nunca lo escribe, en el idioma de quien lee


@dataclass
class Repaso:
    alarmas: list[Alarma] = field(default_factory=list)
    registros: int = 0      # los registros repasados (los que alguna regla mira)
    documentos: int = 0     # los documentos emitidos cruzados con la cadena
    anteriores: int = 0     # registros de un esquema anterior: solo las reglas que no miran columnas


def _valores(columnas: list[str], arreglo) -> dict | None:
    if not isinstance(arreglo, list):
        return None
    return dict(zip(columnas, arreglo))


def _registro(fila: tuple, columnas: dict[str, list[str]]) -> Registro:
    registro_id, tabla, fila_id, accion, texto = fila
    try:
        valores = json.loads(texto)
    except (TypeError, ValueError):
        valores = None
    nombres = columnas[tabla]
    if accion == "cambio":
        valores = valores if isinstance(valores, dict) else {}
        arreglos = [valores.get("antes"), valores.get("despues")]
        return Registro(registro_id, tabla, fila_id, accion, _valores(nombres, arreglos[0]) or {},
                        _valores(nombres, arreglos[1]) or {}, _de_otro_largo(arreglos, nombres))
    fila_valores = _valores(nombres, valores) or {}
    return Registro(registro_id, tabla, fila_id, accion, fila_valores if accion == "borrado" else None,
                    fila_valores if accion == "alta" else None, _de_otro_largo([valores], nombres))


def _de_otro_largo(arreglos: list, nombres: list[str]) -> bool:
    return any(isinstance(a, list) and len(a) != len(nombres) for a in arreglos)


def _corto(valor) -> str:
    texto = traducir("vacío") if valor is None else str(valor)
    return texto if len(texto) <= 40 else texto[:37] + "…"


def que_cambio(r: Registro) -> str:
    """Lo que dice el registro, en una línea: «pagos, fila 1, cambio: importe 15000 → 1»."""
    if r.accion == "cambio":
        cambios = [f"{c} {_corto(r.antes.get(c))} → {_corto(r.despues.get(c))}" for c in r.cambiadas()]
        return traducir("«{0}», fila {1}, cambio: {2}").format(r.tabla, r.fila,
                                                              ", ".join(cambios) or traducir("ninguna columna"))
    if r.accion == "borrado":
        return traducir("«{0}», fila {1}, borrada").format(r.tabla, r.fila)
    return traducir("«{0}», fila {1}, agregada").format(r.tabla, r.fila)


class _Sellos:
    """Los sellos en memoria (son uno por transacción), para saber cuál cubre cada registro sin una consulta."""

    def __init__(self, db: BaseDeDatos):
        self._lista = list(datos.sellos(db))
        self._desde = [s[4] for s in self._lista]
        ajenos = [i for i in incidentes.listar(db) if i["tipo"] == "filas_ajenas"] if incidentes.disponibles(db) else []
        self._ajenos = [(i["desde_id"], i["hasta_id"], i["id"]) for i in ajenos]

    def de(self, registro_id: int) -> tuple | None:
        posicion = bisect.bisect_right(self._desde, registro_id) - 1
        if posicion >= 0 and self._lista[posicion][4] <= registro_id <= self._lista[posicion][5]:
            return self._lista[posicion]
        return None

    def primer_registro_despues(self, momento: str | None) -> int:
        """El primer registro de la bitácora sellado después de `momento` (UTC); 0 sin momento (todo cuenta)."""
        if not momento:
            return 0
        return next((s[4] for s in self._lista if str(s[1])[:19] > momento[:19]), 2 ** 62)

    def incidente(self, registro_id: int) -> int | None:
        return next((i for desde, hasta, i in self._ajenos if desde <= registro_id <= hasta), None)

    def alarma(self, registro_id: int, texto: str) -> Alarma:
        sello = self.de(registro_id)
        if sello is None:
            return Alarma(registro_id, None, None, None, self.incidente(registro_id), texto)
        sello_id, momento, usuario, operador = sello[:4]
        quien = f"{usuario} ({operador})" if operador else usuario
        return Alarma(registro_id, sello_id, momento, quien, self.incidente(registro_id), texto)


def repasar(db: BaseDeDatos, despues_de: int | None = None, documentos: set[int] | None = None) -> Repaso:
    """Cada registro de la bitácora que alguna regla mira, contra las reglas, en orden; y los documentos emitidos
    contra la cadena. Lee de a tramos: una base de 100.000 miembros tiene millones de registros.

    Desde un punto de control (`despues_de`, servicios/punto_de_control.py): los registros posteriores, juzgados con
    el estado que dejan todos los de las sesiones (pocos: se leen enteros), las altas repetidas que tocan uno
    posterior y, de los documentos emitidos, solo los `documentos` que tocaron."""
    tablas = datos.tablas(db)
    reglas = [r for r in REGLAS if r.tabla in tablas]
    columnas = {t: columnas_legibles(db, t) for t in {r.tabla for r in reglas} | _DEL_ESTADO}
    columnas = {t: c for t, c in columnas.items() if c}
    reglas = [r for r in reglas if r.tabla in columnas]
    por_par: dict[tuple[str, str], list[Regla]] = {}
    for regla in reglas:
        for accion in regla.acciones:
            por_par.setdefault((regla.tabla, accion), []).append(regla)
    estado = Estado()
    for regla in reglas:
        if regla.repetidas:
            indices = [columnas[regla.tabla].index(c) for c in regla.repetidas]
            repetidas = (datos.altas_repetidas(db, regla.tabla, indices) if despues_de is None else
                         datos.altas_repetidas_despues(db, regla.tabla, list(regla.repetidas), indices, despues_de))
            estado.repetidas.update({(regla.tabla, r): primero for r, primero in repetidas.items()})
    if "imputaciones" in columnas and "cargos" in columnas:
        tocadas = datos.filas_con_registros(db, "cargos", ("cambio", "borrado"), despues_de)
        estado.primera_imputacion = datos.primeras_altas_por_valor(
            db, "imputaciones", columnas["imputaciones"].index("cargo_id"), tocadas)
    # Las altas que solo miran valores (el dinero) se filtran en la consulta; lo demás se lee entero.
    # Las altas repetidas ya se conocen: se leen solo esas (pocas; muchas, se lee el par entero).
    completos, por_valor = set(), {}
    repetidas = sorted(r for _, r in estado.repetidas) if len(estado.repetidas) <= 500 else []
    for (tabla, accion), de_par in por_par.items():
        if accion == "alta" and all(isinstance(r.condicion, FueraDeRegla)
                                    or (r.condicion is repetida and (repetidas or not estado.repetidas))
                                    for r in de_par):
            por_valor[tabla] = sorted({(r.condicion.tipo, columnas[tabla].index(c)) for r in de_par
                                       if isinstance(r.condicion, FueraDeRegla)
                                       for c in r.condicion.columnas if c in columnas[tabla]})
        else:
            completos.add((tabla, accion))
    completos |= {(t, a) for t in _DEL_ESTADO if t in columnas for a in ("alta", "cambio")}
    completos |= {(t, "borrado") for t in _CON_BORRADOS if t in columnas}
    if "documentos_emitidos" in columnas:
        completos.add(("documentos_emitidos", "alta"))
    sellos = _Sellos(db)
    estado.vinculos_desde = sellos.primer_registro_despues(datos.migracion_aplicada_en(db, "0022_aprobacion_de_actas"))
    estado.efectos_desde = sellos.primer_registro_despues(
        datos.migracion_aplicada_en(db, "0020_efectos_de_resoluciones"))
    estado.elegibles_desde = sellos.primer_registro_despues(datos.migracion_aplicada_en(db, "0041_reglas_del_estatuto"))
    estado.elecciones_desde = sellos.primer_registro_despues(datos.migracion_aplicada_en(db, "0050_planes"))
    estado.db = db
    repaso = Repaso()
    altas_de_documentos: dict[int, list[Registro]] = {}
    ultima_migracion = datos.ultima_migracion(db)
    if documentos is not None:
        completos.discard(("documentos_emitidos", "alta"))
    enteros = sorted((t, a) for t, a in completos if t in _DEL_ESTADO) if despues_de is not None else None
    for fila in datos.registros_a_repasar(db, sorted(completos), sorted(por_valor.items()), repetidas,
                                          despues_de=despues_de, enteros=enteros,
                                          documentos=sorted(documentos or ())):
        r = _registro(fila, columnas)
        repaso.registros += 1
        if r.anterior:
            # Sus valores no se pueden nombrar con las columnas de hoy (la tabla ganó o cambió columnas después):
            # solo valen las reglas que no miran columnas. Pero después de la última migración, Escritorio ya
            # escribía con las columnas de hoy: uno así, sellado después, no lo escribió el programa.
            sello = sellos.de(r.id)
            if ultima_migracion and sello and sello[1][:19] > ultima_migracion[:19]:
                repaso.alarmas.append(sellos.alarma(r.id, traducir(
                    "«{0}», fila {1}: el registro no tiene un valor por cada columna de la tabla, y se selló después "
                    "de la última actualización del esquema (Escritorio siempre anota todas)").format(r.tabla, r.fila)))
            repaso.anteriores += 1
        for regla in por_par.get((r.tabla, r.accion), ()):
            if r.anterior and regla.condicion is not siempre:
                continue
            if regla.condicion(r, estado):
                repaso.alarmas.append(sellos.alarma(r.id, _texto_de_regla(r, regla, estado)))
        estado.anotar(r)
        if r.tabla == "documentos_emitidos":
            altas_de_documentos.setdefault(r.fila, []).append(r)
    for registro_id, texto in elecciones_que_sus_votos_no_dan(estado, despues_de):
        repaso.alarmas.append(sellos.alarma(registro_id, traducir(
            "{0}. Escritorio nunca escribe eso: el resultado de una elección sale solo de sus votos, con su regla "
            "(regla del programa, en servicios/recuento_de_eleccion.py).").format(texto)))
    if "documentos_emitidos" in columnas:
        _documentos_contra_la_cadena(db, columnas["documentos_emitidos"], altas_de_documentos, sellos, repaso,
                                     documentos)
    return repaso


# Las tablas de las que el repaso rehace el estado: se leen enteras (también desde un punto de control: son pocas
# filas), y de las de `_CON_BORRADOS` también los borrados (una candidatura se quita mientras la elección sigue
# abierta).
_CON_BORRADOS = {"candidaturas", "votos_eleccion"}
_DEL_ESTADO = {"reformas", "normas", *_CON_BORRADOS,
               "actas", "puntos_orden", "votaciones", "resoluciones", "elecciones", "puntos_aprobacion_acta",
               "efectos_resolucion"}


def _texto_de_regla(r: Registro, regla: Regla, estado: Estado) -> str:
    motivo_de_regla = regla.motivo   # uno de MOTIVOS: en el catálogo
    motivo = traducir(motivo_de_regla)
    texto = traducir("{0}. Escritorio nunca escribe eso: {1}").format(que_cambio(r), motivo[0].lower() + motivo[1:])
    if regla.condicion is repetida:
        texto += " " + traducir("(repite el alta del registro {0})").format(estado.repetidas[(r.tabla, r.id)])
    if r.id in estado.detalles:
        texto += f" ({estado.detalles[r.id].rstrip('.')})"
    if regla.del_programa:
        return texto + " " + traducir("(regla del programa, en {0}).").format(regla.del_programa)
    regla_del_esquema = regla.disparadores[0] if regla.disparadores else traducir("índice único")
    return texto + " " + traducir("(regla «{0}» del esquema).").format(regla_del_esquema)


def _documentos_contra_la_cadena(db: BaseDeDatos, columnas: list[str], altas: dict[int, list[Registro]],
                                 sellos: _Sellos, repaso: Repaso, solo: set[int] | None = None) -> None:
    """Cada documento emitido (o solo los de `solo`) tiene su alta, y solo su alta, sellada por Escritorio con los
    valores de hoy."""
    ultimo = datos.ultimo_registro_sellado(db)
    for valores in datos.filas(db, "documentos_emitidos", columnas, None if solo is None else sorted(solo)):
        fila = dict(zip(columnas, valores))
        repaso.documentos += 1
        nombre = traducir("Documento emitido {0} ({1}, fila {2})").format(fila.get("codigo"), fila.get("tipo"),
                                                                          fila.get("id"))
        registros = altas.get(fila.get("id"), [])
        if not registros:
            repaso.alarmas.append(Alarma(None, None, None, None, None,
                                         traducir("{0}: no tiene su alta en la bitácora. Se registró por fuera de "
                                                  "Escritorio: no es un documento que el programa haya emitido.")
                                         .format(nombre)))
            continue
        alta = registros[0]
        if len(registros) > 1 or alta.accion != "alta":
            continue  # otro registro de la fila (un cambio, un alta repetida) ya es una alarma de su regla
        if any(fila.get(columna) != valor for columna, valor in (alta.despues or {}).items()):
            repaso.alarmas.append(sellos.alarma(alta.id, traducir(
                "{0}: no es el que anotó su alta en la bitácora (la fila se cambió por fuera de Escritorio).")
                .format(nombre)))
        elif alta.id > ultimo:
            repaso.alarmas.append(sellos.alarma(alta.id, traducir(
                "{0}: su alta en la bitácora no está sellada (se agregó por fuera de Escritorio).").format(nombre)))
        elif sellos.incidente(alta.id) is not None:
            repaso.alarmas.append(sellos.alarma(alta.id, traducir(
                "{0}: su alta la escribió otro programa, no Escritorio (quedó sellada aparte como incidente; "
                "reconocer el incidente no la vuelve un documento emitido).").format(nombre)))
