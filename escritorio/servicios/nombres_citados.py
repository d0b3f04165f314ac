"""Los nombres que citan las frases de la bitácora (descripcion_bitacora.py): el miembro de un pago, el órgano de una
sesión… buscados en la base tal como está hoy o, si el registro ya no existe, en la bitácora misma; y cómo va un dato
guardado dentro de una frase (corto y visible, la fecha, el importe)."""

import json
from datetime import date
from typing import Callable

from ..datos.base_de_datos import BaseDeDatos

from ..datos import bitacora as tabla_bitacora
from ..datos import cuotas as tabla_cuotas
from ..datos.valores_personales import SUPRIMIDO
from ..documentos.visible import abreviar
from ..dominio.cuotas import TIPOS_CARGO
from ..dominio.dinero import formatear
from ..dominio.sesiones import TIPOS_SESION, de_organo
from ..dominio.traduccion import traducir
from ..dominio import formato
from .pagos import numero_recibo


def _legibles(valores: dict) -> dict:
    """Un valor personal que se suprimió (valores_personales.SUPRIMIDO) se lee «(dato suprimido)», en el idioma de
    quien lee."""
    return {c: traducir("(dato suprimido)") if v == SUPRIMIDO else v for c, v in valores.items()}


def corto(valor, largo: int = 60) -> str:
    """Un dato guardado, visible (sin caracteres de control) y corto, para ir dentro de una frase."""
    return abreviar(valor, largo) if valor not in (None, "") else ""


def fecha_citada(valor) -> str:
    try:
        return formato.fecha(valor)
    except ValueError:
        return corto(valor)


def es_fecha(valor) -> bool:
    try:
        date.fromisoformat(str(valor))
        return True
    except ValueError:
        return False


def importe_citado(importe, moneda) -> str:
    try:
        return formatear(int(importe), str(moneda))
    except (TypeError, ValueError):
        return f"{corto(moneda)} {corto(importe)}".strip()



# En el servidor cada consulta es un viaje de ida y vuelta: la bitácora exportada entera (12.000 registros de la red
# de ejemplo) hacía 16.000 consultas de una fila y tardaba 10 s contra 1 s en el archivo. Allí, una fila que falta
# trae de una vez las de números vecinos, sobre todo los anteriores: la bitácora se lee de la más nueva a la más vieja
# y cita las filas casi en ese orden. En el archivo, una por vez (no hay viaje que ahorrar).
VENTANA_DEL_SERVIDOR = 256
DESPUES_EN_LA_VENTANA = 32


def _con_sus_vecinas(leidas: dict[int, dict | None], numero: int,
                     leer: Callable[[int, int], dict[int, dict]]) -> dict | None:
    """La fila `numero` de `leidas`; si no está, `leer(desde, hasta)` trae de una vez las de números vecinos
    ([desde, hasta)): las de la ventana que no vuelven ya no existen."""
    if numero not in leidas:
        hasta = numero + DESPUES_EN_LA_VENTANA
        desde = hasta - VENTANA_DEL_SERVIDOR
        leidas.update(leer(desde, hasta))
        for otro in range(desde, hasta):
            leidas.setdefault(otro, None)
    return leidas[numero]


class NombresCitados:
    """Busca (y recuerda) los nombres que las frases citan: el miembro de un pago, el órgano de una sesión…"""

    def __init__(self, db: BaseDeDatos):
        self.db = db
        self._filas: dict[tuple[str, int], dict | None] = {}
        self._columnas: dict[str, list[str]] = {}
        self._de_hoy: dict[str, dict[int, dict | None]] = {}      # lo leído por ventanas (en el servidor), por tabla
        self._recibos: dict[int, dict | None] = {}
        self._por_ventanas = db.dialecto != "sqlite"

    def columnas(self, tabla: str) -> list[str]:
        if tabla not in self._columnas:
            self._columnas[tabla] = tabla_bitacora.columnas_legibles(self.db, tabla)
        return self._columnas[tabla]

    def valores(self, tabla: str, accion: str, datos: str) -> tuple[dict | None, dict | None]:
        """(antes, después) de un registro de la bitácora, con el nombre de cada columna. Un registro ilegible
        (cambiado por fuera de Escritorio: «escritorio verificar» lo señala) da (None, None), no una traza."""
        try:
            crudos, columnas = json.loads(datos), self.columnas(tabla)
            if accion == "cambio":
                return (_legibles(dict(zip(columnas, crudos["antes"]))),
                        _legibles(dict(zip(columnas, crudos["despues"]))))
            valores = _legibles(dict(zip(columnas, crudos)))
        except (ValueError, TypeError, KeyError):
            return None, None
        return (valores, None) if accion == "borrado" else (None, valores)

    def fila(self, tabla: str, fila_id) -> dict | None:
        """La fila como está hoy o, si ya no existe, como la dejó su último registro en la bitácora."""
        if fila_id is None:
            return None
        clave = (tabla, fila_id)
        if clave not in self._filas:
            fila = self._fila_de_hoy(tabla, fila_id)
            if fila is None:
                ultimo = tabla_bitacora.ultimo_registro(self.db, tabla, fila_id)
                if ultimo:
                    antes, despues = self.valores(tabla, *ultimo)
                    fila = despues or antes
            self._filas[clave] = fila
        return self._filas[clave]

    def _fila_de_hoy(self, tabla: str, fila_id) -> dict | None:
        if not (self._por_ventanas and isinstance(fila_id, int)):
            return tabla_bitacora.fila_actual(self.db, tabla, fila_id)
        return _con_sus_vecinas(self._de_hoy.setdefault(tabla, {}), fila_id, lambda desde, hasta: {
            fila["id"]: fila for fila in tabla_bitacora.filas_actuales(self.db, tabla, desde, hasta)})

    def _recibo(self, pago_id) -> dict | None:
        if not (self._por_ventanas and isinstance(pago_id, int)):
            return tabla_cuotas.recibo_del_pago(self.db, pago_id)
        return _con_sus_vecinas(self._recibos, pago_id,
                                lambda desde, hasta: tabla_cuotas.recibos_de_los_pagos(self.db, desde, hasta))

    # --- cómo se nombra cada cosa ----------------------------------------------------------------
    def miembro(self, miembro_id) -> str:
        fila = self.fila("miembros", miembro_id)
        return corto(fila["nombre"]) if fila else traducir("el miembro #{0}").format(miembro_id)

    def organo(self, organo_id) -> str:
        fila = self.fila("organos", organo_id)
        return corto(fila["nombre"]) if fila else traducir("órgano #{0}").format(organo_id)

    def sesion(self, sesion_id) -> str:
        """«sesión ordinaria Nº 3 del Consejo (12/05/2026)»."""
        fila = self.fila("sesiones", sesion_id)
        if not fila:
            return traducir("sesión #{0}").format(sesion_id)
        codigo = fila.get("tipo")  # la clave aparte: `traducir` solo ve la tabla (idiomas/extraer.py)
        tipo = traducir(TIPOS_SESION.get(codigo, "")).lower()
        numero = traducir(" Nº {0}").format(fila["numero"]) if fila.get("numero") else ""
        return traducir("sesión {0}{1} {2} ({3})").format(
            tipo, numero, de_organo(self.organo(fila.get("organo_id"))), fecha_citada(fila.get("fecha"))
        ).replace("  ", " ").strip()

    def punto(self, punto_id) -> str:
        fila = self.fila("puntos_orden", punto_id)
        if not fila:
            return traducir("punto #{0}").format(punto_id)
        return traducir("«{0}» ({1})").format(corto(fila.get("titulo")), self.sesion(fila.get("sesion_id")))

    def norma(self, norma_id) -> str:
        fila = self.fila("normas", norma_id)
        return traducir("«{0}»").format(corto(fila["titulo"])) if fila else traducir("norma #{0}").format(norma_id)

    def pago(self, pago_id) -> str:
        """«0015/2026 de Rosario» (con el número de su recibo) o «de Rosario»."""
        fila = self.fila("pagos", pago_id)
        recibo = self._recibo(pago_id)
        numero = f"{numero_recibo(recibo['anio'], recibo['numero'])} " if recibo else ""
        # {0}: el número del recibo con su espacio, o nada (un pago sin recibo: «de Rosario»)
        return traducir("{0}de {1}").format(numero, self.miembro(fila["miembro_id"])) if fila else f"#{pago_id}"

    def cargo(self, cargo_id) -> str:
        fila = self.fila("cargos", cargo_id)
        if not fila:
            return traducir("cargo #{0}").format(cargo_id)
        codigo = fila["tipo_cargo"]
        return f"{traducir(TIPOS_CARGO.get(codigo, codigo)).lower()} {fila['anio']}"



# --- una frase por tabla ---------------------------------------------------------------------------
# Cada función recibe los nombres citados, la acción, los valores antes y después (None si no hay) y devuelve la
# frase, o None si no tiene una mejor que la genérica.
Frase = Callable[[NombresCitados, str, dict | None, dict | None], str | None]


def cambiados(antes: dict | None, despues: dict | None) -> list[str]:
    if not antes or not despues:
        return []
    return [campo.replace("_", " ") for campo, valor in despues.items() if antes.get(campo) != valor]

