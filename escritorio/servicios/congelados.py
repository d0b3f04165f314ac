"""Lo congelado se compara con lo que quedó sellado al congelarse (issue 58, punto 1).

Un acta aprobada, una resolución adoptada, una votación o una elección cerradas, un pago con su recibo, una cuota
con pagos: desde que se congelan, ciertas columnas no cambian nunca (la base lo impide con sus triggers). Quien
quita un trigger con sqlite3, cambia la fila (y recalcula la huella del acta) y lo vuelve a crear deja la fila
coherente consigo misma; la bitácora anota el cambio, y la siguiente escritura de Escritorio lo sella aparte,
como un incidente (datos/incidentes.py). Por eso la fila de hoy no se compara con el ÚLTIMO registro sellado (que
puede ser el del falsificador), sino con el estado que selló el programa en la transacción que la congeló: la
aprobación, el cierre, el alta del pago, el primer pago imputado a una cuota.

`CONGELABLES` dice qué se congela, cuándo y qué columnas quedan fijas. `alarmas` compara, y `impedimentos` dice
por qué no se imprime, emite, envía ni publica lo que sale de esas filas: una alteración de lo congelado (para
siempre: reconocer el incidente explica qué pasó, no vuelve auténtica la fila) o un incidente sin reconocer que
las toca (o registros ajenos todavía sin sellar).

Lo que una fila congelada no tiene en la bitácora (aprobada antes de la migración 0006) no se puede comprobar
aquí; lo comprueban las huellas del acta y «datos contra la bitácora» (servicios/verificacion/congelados.py y verificacion/bitacora.py).
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from typing import Callable

from ..datos import congelados as datos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio


@dataclass(frozen=True)
class Congelable:
    """Una clase de fila que se congela.

    - `congelada(fila)`: si la fila (un dict columna → valor, como la anotó la bitácora) está congelada; None: se
      congela por otra tabla (`congelada_por`);
    - `libres`: las columnas que pueden cambiar después (el estado «firmada», la anulación de un pago…); las demás
      quedan fijas;
    - `congelada_por`: (tabla, columna que apunta a esta fila): la fila se congela con la primera alta sellada de
      esa otra tabla que la nombra (una cuota, con su primer pago imputado);
    - `congelada_con`: (tabla, columna de esta fila que apunta a otra): se congela en la misma transacción que esa
      otra (una candidatura, al cerrarse su elección)."""

    tabla: str
    congelada: Callable[[dict], bool] | None
    libres: tuple[str, ...] = ()
    congelada_por: tuple[str, str] | None = None
    congelada_con: tuple[str, str] | None = None


CONGELABLES: tuple[Congelable, ...] = (
    Congelable("actas", lambda f: f.get("estado") in ("aprobada", "firmada"), libres=("estado",)),
    Congelable("resoluciones", lambda f: True, libres=("reforma_id", "escala_id")),
    Congelable("votaciones", lambda f: True),
    Congelable("elecciones", lambda f: f.get("cerrada_en") is not None,
               libres=("mandato_id", "confirmada_en", "puestos_segunda_vuelta")),
    Congelable("candidaturas", None, libres=("mandato_id",), congelada_con=("elecciones", "eleccion_id")),
    Congelable("pagos", lambda f: True, libres=("anulado_en", "motivo_anulacion")),
    Congelable("recibos", lambda f: True),
    Congelable("imputaciones", lambda f: True),
    Congelable("cargos", None, congelada_por=("imputaciones", "cargo_id")),
)
# Cómo se nombra cada una en los mensajes.
NOMBRES = {"actas": "El acta aprobada", "resoluciones": "La resolución adoptada", "votaciones": "La votación cerrada",
           "elecciones": "La elección cerrada", "candidaturas": "La candidatura de una elección cerrada",
           "pagos": "El pago registrado (con su recibo)", "recibos": "El recibo emitido",
           "imputaciones": "La imputación de un pago", "cargos": "La cuota con pagos imputados"}


@dataclass(frozen=True)
class Alarma:
    """Una fila congelada que ya no es la que selló el programa al congelarla."""

    tabla: str
    fila_id: int
    nombre: str                  # «El acta aprobada»
    columnas: tuple[str, ...]    # las columnas fijas que cambiaron (vacío: la fila se borró)
    registro: int | None         # el registro de la bitácora que anotó el cambio ajeno, si lo hay
    incidente: int | None        # el incidente que lo selló aparte, si lo hay
    sellado: bool = False        # el registro está sellado como una escritura común (no en un incidente)

    @property
    def texto(self) -> str:
        if not self.columnas:
            que = traducir("la fila ya no está en la base (se borró por fuera de Escritorio)")
        else:
            que = traducir("cambió {0} después de congelarse, por fuera de Escritorio").format(", ".join(self.columnas))
        donde = traducir("{0} (fila {1} de «{2}»)").format(self.nombre, self.fila_id, self.tabla)
        rastro = ""
        if self.incidente is not None:
            rastro = traducir(" (registro {0} de la bitácora, sellado aparte en el incidente {1})").format(
                self.registro, self.incidente)
        elif self.registro is not None and self.sellado:
            rastro = traducir(" (registro {0} de la bitácora)").format(self.registro)
        elif self.registro is not None:
            rastro = traducir(" (registro {0} de la bitácora, sin sellar)").format(self.registro)
        return f"{donde}: {que}{rastro}"


class _Cadena:
    """Qué sello cubre cada registro y cuáles escribió otro programa."""

    def __init__(self, db: BaseDeDatos):
        self.sellos = datos.tramos_de_los_sellos(db)
        self._hastas = [h for _, _, h in self.sellos]
        self.ajenos = datos.tramos_ajenos(db)

    # La última leída, con la cabeza de la cadena y los incidentes de entonces: publicar verifica cada documento
    # emitido, y releer todos los sellos por cada uno sería cuadrático. Un sello o un incidente nuevo la renueva.
    _ultima: tuple[tuple, "_Cadena"] | None = None

    @classmethod
    def de(cls, db: BaseDeDatos) -> "_Cadena":
        clave = (id(db), datos.estado_de_la_cadena(db))
        if cls._ultima is None or cls._ultima[0] != clave:
            cls._ultima = (clave, cls(db))
        return cls._ultima[1]

    def sello(self, registro: int) -> int | None:
        """El índice del sello que cubre el registro (None: sin sellar)."""
        i = bisect.bisect_left(self._hastas, registro)
        if i < len(self.sellos) and self.sellos[i][1] <= registro <= self.sellos[i][2]:
            return i
        return None

    def incidente(self, registro: int) -> int | None:
        return next((i for i, desde, hasta, _ in self.ajenos if desde <= registro <= hasta), None)

    def propio(self, registro: int) -> bool:
        """Lo escribió Escritorio: un sello lo cubre y no es de un incidente."""
        return self.sello(registro) is not None and self.incidente(registro) is None


def _valores(accion: str, texto: str) -> tuple[list | None, list | None]:
    """(antes, después) de un registro de la bitácora; None donde no hay (un alta no tiene antes)."""
    try:
        valores = json.loads(texto)
    except (TypeError, ValueError):
        return None, None
    if accion == "cambio" and isinstance(valores, dict):
        return valores.get("antes"), valores.get("despues")
    if accion == "alta":
        return None, valores if isinstance(valores, list) else None
    return (valores if isinstance(valores, list) else None), None


def _fijas(congelable: Congelable, columnas: list[str]) -> list[int]:
    return [i for i, c in enumerate(columnas) if c not in congelable.libres and c != "id"]


def _distintas(columnas: list[str], fijas: list[int], a: list | None, b: list | None) -> tuple[str, ...]:
    """Las columnas fijas en que difieren dos estados de la fila. Un registro anotado antes de que la tabla ganara
    columnas tiene menos valores: se comparan los que tienen los dos (los primeros)."""
    if a is None or b is None:
        return tuple(columnas[i] for i in fijas)
    return tuple(columnas[i] for i in fijas if i < len(a) and i < len(b) and a[i] != b[i])


def _congelamientos_por_otra_tabla(db: BaseDeDatos, congelable: Congelable, cadena: _Cadena,
                                   ids: list[int] | None) -> dict[int, int]:
    """Por fila: el sello (índice) de la primera alta propia de la tabla que la congela (la primera imputación de una
    cuota)."""
    otra, columna = congelable.congelada_por
    posicion = datos.columnas(db, otra).index(columna)
    resultado: dict[int, int] = {}
    # Con filas pedidas, solo los registros de las filas de la otra tabla que hoy las nombran (una imputación no se
    # borra nunca: la que congeló la cuota sigue ahí); sin filas pedidas, todos.
    otras = None if ids is None else datos.que_nombran(db, otra, columna, ids)
    elegidas = None if ids is None else set(ids)
    for registro, _, accion, texto in datos.registros(db, otra, otras):
        if accion != "alta" or not cadena.propio(registro):
            continue
        _, despues = _valores(accion, texto)
        if not despues or len(despues) <= posicion:
            continue
        fila = despues[posicion]
        if isinstance(fila, int) and (elegidas is None or fila in elegidas) and fila not in resultado:
            resultado[fila] = cadena.sello(registro)
    return resultado


def _congelado_por_predicado(congelable: Congelable, columnas: list[str], fijas: list[int], cadena: _Cadena,
                             registros: list[tuple]) -> tuple[list | None, tuple | None]:
    """(el estado que selló Escritorio al congelar la fila, el primer cambio ajeno de lo fijo después) recorriendo
    sus registros: se congela con el primer registro propio que la deja congelada; el estado es el del final de esa
    transacción (un cierre escribe la fila más de una vez). Un borrado propio en esa misma transacción la vuelve a
    empezar; uno posterior es un cambio ajeno (Escritorio no borra lo congelado)."""
    return _congelamiento_por_predicado(congelable, columnas, fijas, cadena, registros)[:2]


def _congelamiento_por_predicado(congelable: Congelable, columnas: list[str], fijas: list[int], cadena: _Cadena,
                                 registros: list[tuple]) -> tuple[list | None, tuple | None, int | None]:
    """Como `_congelado_por_predicado`, con el sello (índice) de la transacción que la congeló."""
    congelado, sello_del_congelamiento, ajeno = None, None, None
    for registro, _, accion, texto in registros:
        antes, despues = _valores(accion, texto)
        if not cadena.propio(registro):
            if congelado is not None and ajeno is None and (
                    accion == "borrado" or _distintas(columnas, fijas, antes, despues)):
                ajeno = (registro, cadena.incidente(registro),
                         () if despues is None else _distintas(columnas, fijas, congelado, despues))
            continue
        sello = cadena.sello(registro)
        if accion == "borrado" and congelado is not None and sello != sello_del_congelamiento:
            # Escritorio no borra nunca una fila ya congelada (ni su deshacer, datos/deshacer.ALCANCES): un borrado
            # sellado como propio, y un alta con otros valores, la reescribirían sin ningún «cambio» que se note.
            if ajeno is None:
                ajeno = (registro, None, ())
            continue
        if accion == "borrado" or despues is None:
            congelado, sello_del_congelamiento, ajeno = None, None, None
            continue
        queda_congelada = congelable.congelada(dict(zip(columnas, despues)))
        if congelado is None:
            if queda_congelada:
                congelado, sello_del_congelamiento = despues, sello
        elif sello == sello_del_congelamiento or not queda_congelada:
            # la misma transacción que la congeló (su estado es el del final), o Escritorio la descongeló
            congelado = despues if queda_congelada else None
            if not queda_congelada:
                sello_del_congelamiento, ajeno = None, None
        elif ajeno is None and _distintas(columnas, fijas, antes, despues):
            # Un registro sellado como propio que cambia lo fijo de una fila congelada: Escritorio no lo escribe
            # nunca (sus reglas lo impiden); en el servidor, otro cliente con sus reglas esquivadas sí. Es el cambio.
            ajeno = (registro, None, _distintas(columnas, fijas, congelado, despues))
    return congelado, ajeno, sello_del_congelamiento if congelado is not None else None


def _congelamientos_con_otra_tabla(db: BaseDeDatos, congelable: Congelable, cadena: _Cadena,
                                   por_fila: dict[int, list]) -> dict[int, int]:
    """Por fila: el sello (índice) en que se congeló la fila de la otra tabla a la que apunta (su elección)."""
    otra, columna = congelable.congelada_con
    posicion = datos.columnas(db, congelable.tabla).index(columna)
    padres: dict[int, int] = {}
    for registros in por_fila.values():
        for _, _, accion, texto in registros:
            antes, despues = _valores(accion, texto)
            valores = despues or antes
            if valores and len(valores) > posicion and isinstance(valores[posicion], int):
                padres[registros[0][1]] = valores[posicion]
                break
    madre = next(c for c in CONGELABLES if c.tabla == otra)
    columnas_madre = datos.columnas(db, otra)
    fijas_madre = _fijas(madre, columnas_madre)
    sellos: dict[int, int] = {}
    por_padre: dict[int, list] = {}
    for registro in datos.registros(db, otra, sorted(set(padres.values()))):
        por_padre.setdefault(registro[1], []).append(registro)
    for padre_id, registros in por_padre.items():
        sello = _congelamiento_por_predicado(madre, columnas_madre, fijas_madre, cadena, registros)[2]
        if sello is not None:
            sellos[padre_id] = sello
    return {fila: sellos[padre] for fila, padre in padres.items() if padre in sellos}


def _congelado_por_otra_tabla(columnas: list[str], fijas: list[int], cadena: _Cadena, registros: list[tuple],
                              limite: int) -> tuple[list | None, tuple | None]:
    """Lo mismo para una fila que congela otra tabla en el sello `limite`: su estado es el último propio hasta ese
    sello; lo ajeno que la toca después es el cambio."""
    hasta = cadena.sellos[limite][2]
    congelado, ajeno = None, None
    for registro, _, accion, texto in registros:
        antes, despues = _valores(accion, texto)
        if registro <= hasta:
            if cadena.propio(registro):
                congelado = None if accion == "borrado" else despues   # lo que selló Escritorio al congelarla
            continue
        # Después, ningún registro cambia lo fijo (ni uno sellado como propio: ver `_congelamiento_por_predicado`).
        if congelado is not None and ajeno is None and (
                accion == "borrado" or _distintas(columnas, fijas, antes, despues)):
            ajeno = (registro, cadena.incidente(registro),
                     () if despues is None else _distintas(columnas, fijas, congelado, despues))
    return congelado, ajeno


def _de_una_tabla(db: BaseDeDatos, congelable: Congelable, cadena: _Cadena, ids: list[int] | None) -> list[Alarma]:
    columnas = datos.columnas(db, congelable.tabla)
    fijas = _fijas(congelable, columnas)
    por_fila: dict[int, list] = {}
    # Todas las filas: sin las intactas (un alta sola, igual a la fila de hoy), que no tienen nada que recorrer.
    for registro in (datos.registros_con_historia(db, congelable.tabla, columnas) if ids is None
                     else datos.registros(db, congelable.tabla, ids)):
        por_fila.setdefault(registro[1], []).append(registro)
    if ids is None and congelable.congelada_por:
        ids = sorted(por_fila)   # los límites, solo de las que se recorren
    limites = (_congelamientos_por_otra_tabla(db, congelable, cadena, ids)
               if congelable.congelada_por else None)
    if congelable.congelada_con:
        limites = _congelamientos_con_otra_tabla(db, congelable, cadena, por_fila)
    congeladas = {}
    for fila_id, registros in por_fila.items():
        if limites is None:
            congelado, ajeno = _congelado_por_predicado(congelable, columnas, fijas, cadena, registros)
        elif fila_id in limites:
            congelado, ajeno = _congelado_por_otra_tabla(columnas, fijas, cadena, registros, limites[fila_id])
        else:
            continue
        if congelado is not None:
            congeladas[fila_id] = (congelado, ajeno)
    hoy = datos.filas(db, congelable.tabla, columnas, sorted(congeladas))
    alarmas = []
    for fila_id, (congelado, ajeno) in sorted(congeladas.items()):
        actual = hoy.get(fila_id)
        distintas = _distintas(columnas, fijas, congelado, actual) if actual is not None else ()
        if actual is not None and congelable.congelada is not None and "estado" in congelable.libres and \
                not congelable.congelada(dict(zip(columnas, actual))):
            distintas += ("estado",)   # volvió a borrador: ya no figura congelada
        if actual is not None and not distintas and ajeno is None:
            continue
        registro, incidente, en_el_registro = ajeno or (None, None, ())
        sellado = registro is not None and incidente is None and cadena.sello(registro) is not None
        if actual is not None and not distintas:
            distintas = en_el_registro or tuple(columnas[i] for i in fijas)   # cambió y volvió: queda el rastro
        alarmas.append(Alarma(congelable.tabla, fila_id, traducir(NOMBRES[congelable.tabla]), distintas, registro,
                              incidente, sellado))
    return alarmas


def alarmas(db: BaseDeDatos, filas: dict[str, list[int]] | None = None) -> list[Alarma]:
    """Las filas congeladas (todas, o las `filas` {tabla: ids}) que ya no son las que selló Escritorio al
    congelarlas, o que otro programa tocó después: para siempre (un incidente reconocido no las vuelve auténticas)."""
    if not datos.disponible(db):
        return []
    cadena = _Cadena.de(db)
    resultado = []
    for congelable in CONGELABLES:
        ids = None if filas is None else filas.get(congelable.tabla)
        if (filas is not None and not ids) or not datos.existe(db, congelable.tabla):
            continue
        resultado += _de_una_tabla(db, congelable, cadena, ids)
    return resultado


def _incidentes_abiertos(db: BaseDeDatos) -> list[tuple[int, set | None]]:
    """(id, pares (tabla, fila) que toca; None si no se sabe cuáles: todas) de cada incidente sin reconocer de filas
    escritas por otro programa, y (0, pares) de los registros ajenos todavía sin sellar, si los hay."""
    from ..datos import incidentes

    resultado: list[tuple[int, set | None]] = []
    for incidente in incidentes.listar(db):
        if incidente["reconocido_en"] is not None or incidente["tipo"] != "filas_ajenas":
            continue
        try:
            resumen = json.loads(incidente["detalle"])
            pares = {(tabla, fila) for tabla, acciones in resumen.items() for ids in acciones.values() for fila in ids}
        except (ValueError, AttributeError, TypeError):
            pares = None   # no se sabe qué tocó: se supone que todo
        resultado.append((incidente["id"], pares))
    pendientes = set(datos.sin_sellar(db))
    if pendientes:
        resultado.append((0, pendientes))
    return resultado


def incidentes_que_tocan(db: BaseDeDatos, filas: dict[str, list[int]]) -> list[int]:
    """Los incidentes sin reconocer que tocan alguna de las `filas` ({tabla: ids}); 0 si otro programa las tocó y
    todavía nada lo selló (el incidente se anotará en la próxima escritura)."""
    if not datos.disponible(db):
        return []
    buscadas = {(t, i) for t, ids in filas.items() for i in ids}
    return [incidente for incidente, pares in _incidentes_abiertos(db) if pares is None or pares & buscadas]


# --- de qué filas sale cada documento -------------------------------------------------------------------------

def filas_del_acta(db: BaseDeDatos, sesion_id: int) -> dict[str, list[int]]:
    return datos.filas_de_la_sesion(db, sesion_id)


def filas_de_la_resolucion(db: BaseDeDatos, resolucion_id: int) -> dict[str, list[int]]:
    sesion_id = datos.sesion_de_la_resolucion(db, resolucion_id)
    filas = {"resoluciones": [resolucion_id], "votaciones": datos.votacion_de_la_resolucion(db, resolucion_id)}
    if sesion_id is not None:
        de_la_sesion = datos.filas_de_la_sesion(db, sesion_id)
        filas.update(actas=de_la_sesion["actas"], sesiones=de_la_sesion["sesiones"])
    return filas


def filas_del_recibo(db: BaseDeDatos, pago_id: int) -> dict[str, list[int]]:
    return datos.filas_del_recibo(db, pago_id)


def filas_de_la_cuenta(db: BaseDeDatos, miembro_id: int) -> dict[str, list[int]]:
    return datos.filas_de_la_cuenta(db, miembro_id)


def filas_del_documento(db: BaseDeDatos, tipo: str, referencia: int | None) -> dict[str, list[int]] | None:
    """Las filas de las que sale un documento emitido (None: uno que no sale de filas congeladas)."""
    if referencia is None:
        return None
    if tipo in ("acta", "acta_borrador"):
        sesion_id = datos.sesion_del_acta(db, referencia) if tipo == "acta" else referencia
        return filas_del_acta(db, sesion_id) if sesion_id is not None else None
    if tipo == "resolucion":
        return filas_de_la_resolucion(db, referencia)
    if tipo == "recibo":
        return filas_del_recibo(db, referencia)
    if tipo == "estado_cuenta":
        return filas_de_la_cuenta(db, referencia)
    if tipo == "aviso":
        # la carta de un aviso de cobro: la cuenta de su miembro (el saldo que reclama sale de ella)
        miembro_id = datos.miembro_de_la_carta(db, referencia)
        return filas_de_la_cuenta(db, miembro_id) if miembro_id is not None else None
    return None


@dataclass(frozen=True)
class Impedimento:
    """Por qué no se da fe de lo que sale de unas filas."""

    alarmas: list[Alarma]
    incidentes: list[int]     # sin reconocer (0: registros ajenos aún sin sellar)

    def __bool__(self) -> bool:
        return bool(self.alarmas or self.incidentes)

    def motivos(self) -> list[str]:
        lineas = [a.texto for a in self.alarmas]
        for incidente in self.incidentes:
            if incidente == 0:
                lineas.append(segun_la_puerta(
                    ventana=traducir("Otro programa, no Escritorio, cambió estas filas hace poco (registros de la "
                                     "bitácora todavía sin sellar): revise la base en el menú Archivo, «Verificar la "
                                     "base…»."),
                    linea=traducir("Otro programa, no Escritorio, cambió estas filas hace poco (registros de la "
                                   "bitácora todavía sin sellar): corra «escritorio verificar».")))
            else:
                lineas.append(segun_la_puerta(
                    ventana=traducir("El incidente {0}, sin reconocer, toca estas filas: otro programa, no Escritorio, "
                                     "las escribió (véalo en el menú Archivo, «Verificar la base…»)."),
                    linea=traducir("El incidente {0}, sin reconocer, toca estas filas: otro programa, no Escritorio, "
                                   "las escribió (véalo con «escritorio verificar»).")).format(incidente))
        return lineas


def impedimentos(db: BaseDeDatos, filas: dict[str, list[int]]) -> Impedimento:
    """Lo que impide dar fe de un documento que sale de esas filas: alteraciones de lo congelado (para siempre) e
    incidentes sin reconocer que las tocan."""
    return Impedimento(alarmas(db, filas), incidentes_que_tocan(db, filas))


def impedimentos_por_miembro(db: BaseDeDatos, miembros: list[int]) -> dict[int, Impedimento]:
    """Para un lote (los avisos de cobro): por miembro, lo que impide dar fe de su cuenta, lo mismo que
    `impedimentos(db, filas_de_la_cuenta(db, miembro))`, pero en una pasada: las filas de todas las cuentas en una
    consulta por tabla, las alarmas de todas juntas y cada incidente leído una vez. Solo los miembros con algo."""
    if not miembros or not datos.disponible(db):
        return {}
    cuentas = datos.filas_de_las_cuentas(db, list(miembros))
    duenio = {(tabla, fila): miembro for miembro, filas in cuentas.items() for tabla, ids in filas.items()
              for fila in ids}
    juntas: dict[str, list[int]] = {}
    for tabla, fila in duenio:
        juntas.setdefault(tabla, []).append(fila)
    alarmas_de: dict[int, list[Alarma]] = {}
    for alarma in alarmas(db, juntas):
        miembro = duenio.get((alarma.tabla, alarma.fila_id))
        if miembro is not None:
            alarmas_de.setdefault(miembro, []).append(alarma)
    incidentes_de: dict[int, list[int]] = {}
    for incidente, pares in _incidentes_abiertos(db):
        tocados = set(cuentas) if pares is None else {duenio[p] for p in pares if p in duenio}
        for miembro in tocados:
            incidentes_de.setdefault(miembro, []).append(incidente)
    return {m: Impedimento(alarmas_de.get(m, []), incidentes_de.get(m, [])) for m in miembros
            if m in alarmas_de or m in incidentes_de}


def que_hacer() -> str:
    """Qué hacer cuando la base ya no puede dar fe de unas filas congeladas."""
    return segun_la_puerta(
        ventana=traducir(
            "Qué hacer: revise la base en el menú Archivo, «Verificar la base…», compare con el papel firmado o con un "
            "documento emitido antes, y restaure el respaldo más reciente que verifique sano (menú Archivo, "
            "«Restaurar respaldo…»). Reconocer el incidente no basta si lo congelado cambió: eso no vuelve auténtica la "
            "fila."),
        linea=traducir(
            "Qué hacer: corra «escritorio verificar», compare con el papel firmado o con un documento emitido antes, y "
            "restaure el respaldo más reciente que verifique sano («escritorio respaldo restaurar»). Reconocer el "
            "incidente no basta si lo congelado cambió: eso no vuelve auténtica la fila."))


def exigir_intactas(db: BaseDeDatos, filas: dict[str, list[int]], que: str) -> None:
    """Antes de imprimir, emitir, enviar o publicar `que` («El acta N.º 31»): si algo lo impide, no se hace."""
    impedimento = impedimentos(db, filas)
    if not impedimento:
        return
    raise ErrorEscritorio(traducir(
        "{0} no se imprime, ni se envía ni se publica: la base ya no puede dar fe de lo que diría.").format(que)
        + "\n" + "\n".join(f"• {m}" for m in impedimento.motivos()) + "\n" + que_hacer())
