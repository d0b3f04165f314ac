"""La huella de cada línea de un extracto, para no registrarla dos veces (ver dominio/extractos.py): fecha, importe,
moneda, descripción, referencia, cuenta, saldo y quién paga, sin mayúsculas ni tildes, más cuántas líneas idénticas
la preceden en el archivo; y la huella como la calculaba la versión anterior (`huellas_anteriores`).
"""

import hashlib
import json

from .extractos import LineaLeida
from .texto import normalizar


def _sin_ceros_a_la_izquierda(texto: str) -> str:
    """«000101» -> «101»: un comprobante o una cuenta solo de cifras, como lo deja Excel al guardar."""
    return (texto.lstrip("0") or "0") if texto.isdigit() else texto


def huella_de_linea(linea: LineaLeida, ocurrencia: int) -> str:
    """La identidad de un movimiento, para no registrarlo dos veces: el SHA-256 de lo que lo distingue (sin
    mayúsculas, tildes ni espacios de más) y de cuántas líneas idénticas lo preceden en el archivo (`ocurrencia`,
    desde 1: dos transferencias iguales el mismo día son dos)."""
    datos = [linea.fecha.isoformat() if linea.fecha else "", linea.importe, linea.moneda or "",
             normalizar(linea.descripcion), _sin_ceros_a_la_izquierda(normalizar(linea.referencia)),
             _sin_ceros_a_la_izquierda(normalizar(linea.cuenta)),
             normalizar(linea.saldo), normalizar(linea.miembro), ocurrencia]
    return hashlib.sha256(json.dumps(datos, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def _huella_anterior(linea: LineaLeida, ocurrencia: int) -> str:
    """La huella como la guardaba Escritorio antes de que la huella tomara el saldo como número y los comprobantes
    sin ceros a la izquierda: la de las líneas ya importadas entonces, que tienen que seguir reconociéndose."""
    datos = [linea.fecha.isoformat() if linea.fecha else "", linea.importe, linea.moneda or "",
             normalizar(linea.descripcion), normalizar(linea.referencia), normalizar(linea.cuenta),
             normalizar(linea.saldo_escrito), normalizar(linea.miembro), ocurrencia]
    return hashlib.sha256(json.dumps(datos, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def _contadas(lineas: list[LineaLeida], huella) -> list[str]:
    vistas: dict[str, int] = {}
    resultado = []
    for linea in lineas:
        base = huella(linea, 0)
        vistas[base] = vistas.get(base, 0) + 1
        resultado.append(huella(linea, vistas[base]))
    return resultado


def huellas(lineas: list[LineaLeida]) -> list[str]:
    """La huella de cada línea, en orden, contando las idénticas que la preceden."""
    return _contadas(lineas, huella_de_linea)


def huellas_anteriores(lineas: list[LineaLeida]) -> list[str]:
    """La huella de cada línea como la calculaba la versión anterior (`_huella_anterior`), en orden: una línea
    importada con ella no se registra otra vez."""
    return _contadas(lineas, _huella_anterior)
