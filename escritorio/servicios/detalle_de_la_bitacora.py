"""El detalle de un registro de la bitácora en palabras (issue 83 §3), para la planilla de la bitácora: cada dato con
su nombre en el idioma de quien lee («Importe: USD 600,00», no «importe: 60000»), las fechas como fechas, el miembro,
el órgano o la sesión por su nombre, y un contenido congelado nombrado (el del acta aprobada), no volcado en JSON.

Los rótulos de cada columna, los de los códigos y las columnas sí/no están en `rotulos_de_la_bitacora` (ROTULOS,
CODIGOS, BOOLEANAS): un dato nuevo de una tabla nueva no pide una rama, a lo sumo una fila. Un código se lee con el
rótulo que le da el resto del programa («Estado: En curso», no «en_curso»), traducido; una columna 0/1, «sí» o
«no». Una columna que no está en ROTULOS (no debería haber: una prueba lo exige) se nombra por sí misma, legible
(«fecha ingreso»). El dato crudo, tal como se guardó, sigue en `Registro.detalle` (la línea de órdenes y la
ventana) y en la base.
"""

import json
from collections.abc import Callable

from ..documentos.visible import abreviar
from ..dominio import formato
from ..dominio.traduccion import traducir
from .momentos import hora_local
from .nombres_citados import NombresCitados, es_fecha, fecha_citada, importe_citado
from .rotulos_de_la_bitacora import BOOLEANAS, CODIGOS, CODIGOS_DE_LA_TABLA, ROTULOS

# Lo que ya dice otra columna de la planilla («Registro») o no le dice nada a quien lee.
SIN_DETALLE = ("id",)

# Los importes se guardan en unidades menores (centavos): cada uno con la columna de su moneda en la misma fila.
MONEDA_DE = {"importe": "moneda", "importe_bruto": "moneda", "descuento": "moneda",
             "importe_imputable": "moneda_imputacion"}
# Las filas sin columna de moneda la toman de la fila que citan: (la columna que cita, la tabla, su moneda).
MONEDA_CITADA = {"tramos": ("escala_id", "escalas", "moneda"), "imputaciones": ("pago_id", "pagos", "moneda_imputacion")}


def rotulo(columna: str) -> str:
    """«Importe», o la columna legible («fecha ingreso») si no tiene rótulo."""
    if columna in ROTULOS:
        return traducir(ROTULOS[columna])
    return columna.removesuffix("_id").replace("_", " ").capitalize()


def _codigo(tabla: str, columna: str, valor) -> str | None:
    """Un código de una lista fija con el rótulo con que lo nombra el programa («En curso»), traducido; uno sin
    rótulo, legible («en curso»); un 0/1 de una columna sí/no, «sí» o «no». None si el dato no es de esos."""
    if columna in BOOLEANAS and valor in (0, 1):
        return traducir("sí") if valor else traducir("no")
    # Escrito aquí (no en una función aparte) para que extraer.py lleve esos rótulos al catálogo de `traducir`: algunos
    # solo estaban en el de un diálogo (su `self.tr`).
    codigos = CODIGOS_DE_LA_TABLA.get((tabla, columna)) or CODIGOS.get(columna)
    if codigos is None or not isinstance(valor, str):
        return None
    return traducir(codigos[valor]) if valor in codigos else valor.replace("_", " ")


def _contenido(tabla: str, valor) -> str | None:
    """Un dato guardado en JSON, en palabras: uno corto, sus pares («puestos: 1»); uno entero (el contenido de un acta
    aprobada, el resumen de un documento), nombrado con su largo, no volcado. None si no es JSON."""
    if not isinstance(valor, str) or not valor.startswith(("{", "[")):
        return None
    try:
        datos = json.loads(valor)
    except ValueError:
        return None
    if len(valor) >= 80:
        if tabla == "actas":
            return traducir("el acta tal como quedó, congelada ({0} caracteres)").format(formato.numero(len(valor)))
        return traducir("datos guardados juntos ({0} caracteres)").format(formato.numero(len(valor)))
    if isinstance(datos, dict):
        return ", ".join(f"{clave.replace('_', ' ')}: {dato}" for clave, dato in datos.items()) or "—"
    return ", ".join(map(str, datos)) if isinstance(datos, list) else str(datos)


# Los datos que se leen por su nombre: el miembro, el órgano, la sesión, el pago y la cuota que citan.
_CITADOS: dict[str, Callable[[NombresCitados, object], str]] = {
    "miembro_id": NombresCitados.miembro, "organo_id": NombresCitados.organo, "sesion_id": NombresCitados.sesion,
    "pago_id": NombresCitados.pago, "cargo_id": NombresCitados.cargo, "punto_id": NombresCitados.punto,
    "norma_id": NombresCitados.norma,
    "asociacion_id": lambda nombres, i: (nombres.fila("asociaciones", i) or {}).get("sigla") or str(i),
}


def _moneda(nombres: NombresCitados, tabla: str, columna: str, fila: dict) -> str:
    """La moneda de un importe: la de su fila o la de la fila que cita (un tramo, la de su escala)."""
    if fila.get(MONEDA_DE[columna]):
        return fila[MONEDA_DE[columna]]
    if tabla in MONEDA_CITADA:
        cita, otra, moneda = MONEDA_CITADA[tabla]
        citada = nombres.fila(otra, fila.get(cita))
        return (citada or {}).get(moneda) or ""
    return ""


def _momento(valor: str) -> str | None:
    """Un momento guardado en UTC («2026-11-28 23:50:57») en la hora local, como la columna Momento."""
    local = hora_local(valor) if len(valor) == 19 and valor[10] == " " else None
    return formato.fecha_y_hora(local) if local else None


def _valor(nombres: NombresCitados, tabla: str, columna: str, valor, fila: dict) -> str:
    """Un dato como se lee: el importe con su moneda, la fecha, el nombre de lo que cita, el código por su rótulo,
    el sí o el no, el contenido nombrado."""
    if valor is None or valor == "":
        return "—"
    if columna in MONEDA_DE and isinstance(valor, int):
        return importe_citado(valor, _moneda(nombres, tabla, columna, fila)).strip()
    if columna in _CITADOS:
        return f"{_CITADOS[columna](nombres, valor)} (#{valor})"
    codigo = _codigo(tabla, columna, valor)
    if codigo is not None:
        return codigo
    contenido = _contenido(tabla, valor)
    if contenido:
        return contenido
    if isinstance(valor, str) and len(valor) == 10 and es_fecha(valor):
        return fecha_citada(valor)
    return (isinstance(valor, str) and _momento(valor)) or abreviar(valor, 80)


def detalle_en_palabras(nombres: NombresCitados, tabla: str, accion: str, antes: dict | None,
                        despues: dict | None) -> list[str]:
    """«Importe: USD 500,00 → USD 600,00» (un cambio: solo lo que cambió) o «Importe: USD 600,00» (un alta o un
    borrado: cada dato guardado)."""
    if accion == "cambio" and antes is not None and despues is not None:
        return [f"{rotulo(c)}: {_valor(nombres, tabla, c, antes.get(c), antes)} → "
                f"{_valor(nombres, tabla, c, v, despues)}"
                for c, v in despues.items() if antes.get(c) != v and c not in SIN_DETALLE]
    fila = despues or antes or {}
    return [f"{rotulo(c)}: {_valor(nombres, tabla, c, v, fila)}" for c, v in fila.items()
            if v is not None and c not in SIN_DETALLE]
