"""El detalle de un registro de la bitácora en palabras (issue 83 §3), para la planilla de la bitácora: cada dato con
su nombre en el idioma de quien lee («Importe: USD 600,00», no «importe: 60000»), las fechas como fechas, el miembro,
el órgano o la sesión por su nombre, y un contenido congelado nombrado (el del acta aprobada), no volcado en JSON.

Una tabla de rótulos (ROTULOS) y una de cómo se lee cada clase de dato (LECTORES, por el nombre de la columna): un
dato nuevo de una tabla nueva no pide una rama, a lo sumo una fila. Una columna que no está en ROTULOS se nombra por
sí misma, legible («fecha ingreso»). El dato crudo, tal como se guardó, sigue en `Registro.detalle` (la línea de
órdenes y la ventana) y en la base.
"""

import json
from collections.abc import Callable

from ..documentos.visible import abreviar
from ..dominio import formato
from ..dominio.traduccion import traducir
from .momentos import hora_local
from .nombres_citados import NombresCitados, es_fecha, fecha_citada, importe_citado

# Lo que ya dice otra columna de la planilla («Registro») o no le dice nada a quien lee.
SIN_DETALLE = ("id",)

# Cómo se nombra cada dato (los más comunes; los demás, por el nombre de su columna).
ROTULOS = {
    "asociacion_id": "Asociación", "miembro_id": "Miembro", "organo_id": "Órgano", "sesion_id": "Sesión",
    "punto_id": "Punto del orden del día", "pago_id": "Pago", "cargo_id": "Cuota", "norma_id": "Norma",
    "mocion_id": "Moción", "enmienda_id": "Enmienda", "escala_id": "Escala", "persona_id": "Persona",
    "nombre": "Nombre", "fecha": "Fecha", "importe": "Importe", "importe_bruto": "Importe bruto",
    "importe_imputable": "Importe que se imputa", "descuento": "Descuento", "moneda": "Moneda",
    "moneda_imputacion": "Moneda en que se imputa", "tipo_cambio": "Tipo de cambio", "medio": "Medio de pago",
    "referencia": "Referencia", "estado": "Estado", "motivo": "Motivo", "titulo": "Título", "texto": "Texto",
    "numero": "Número", "anio": "Año", "tipo": "Tipo", "desde": "Desde", "hasta": "Hasta", "contenido": "Contenido",
    "registrado_en": "Registrado el", "anulado_en": "Anulado el", "motivo_anulacion": "Motivo de la anulación",
    "vencimiento": "Vencimiento", "pais": "País", "cargo": "Cargo", "articulo": "Artículo",
    "recibida_el": "Recibida el", "fundamento": "Fundamento", "cifra": "Población", "fuente": "Fuente",
    "sigla": "Sigla", "codigo": "Código", "fecha_ingreso": "Fecha de ingreso", "hora": "Hora", "lugar": "Lugar",
    "tipo_cargo": "Tipo de cuota", "emitido_en": "Emitida el", "aprobada_el": "Aprobada el",
    "detalle": "Detalle", "descripcion": "Descripción", "observaciones": "Observaciones",
}

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
    """Un dato como se lee: el importe con su moneda, la fecha, el nombre de lo que cita, el contenido nombrado."""
    if valor is None or valor == "":
        return "—"
    if columna in MONEDA_DE and isinstance(valor, int):
        return importe_citado(valor, _moneda(nombres, tabla, columna, fila)).strip()
    if columna in _CITADOS:
        return f"{_CITADOS[columna](nombres, valor)} (#{valor})"
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
