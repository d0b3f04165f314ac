"""Cada registro de la bitácora dicho como lo diría una persona: «Pago 0015/2026 de Rosario registrado: USD 1.000,00
por transferencia», «Baja de Salto desde el 01/03/2026: Renuncia», «Acta de la sesión ordinaria Nº 3 del Consejo
(12/05/2026) aprobada».

Las frases se arman al mostrarlas (no se guardan): salen enteras en el idioma en curso, cada una con `traducir()`;
los rótulos del dominio (tipos, estados, cargos) también. Lo que escribió la secretaría (nombres, títulos, motivos)
va tal cual, y los nombres de columna de «Cambio en …: campo, campo» son los de la base.

Una función por tabla (la operación la decide adentro); una tabla sin frase propia tiene una genérica legible:
«Cambio en Órganos (#12)». Los nombres se buscan en la base tal como está hoy; si el registro ya no existe (se borró),
en la bitácora misma (el último valor que tuvo). El dato crudo (tabla, id, valores) sigue en `Registro.detalle` para
quien lo pida. Lo usan el visor de la ventana y «escritorio bitacora listar».
"""

import json
import sqlite3
from datetime import date
from typing import Callable

from ..datos.base_de_datos import BaseDeDatos

from ..datos import bitacora as tabla_bitacora
from ..datos import cuotas as tabla_cuotas
from ..documentos.visible import abreviar
from ..dominio.cuotas import MEDIOS_PAGO, TIPOS_CARGO
from ..dominio.dinero import formatear
from ..dominio.miembros import CATEGORIAS_PAIS, ESTADOS_REGISTRADOS as ESTADOS
from ..dominio.normas import TIPOS_NORMA
from ..dominio.organos import CARGOS
from ..dominio.paises import nombre_pais
from ..dominio.sesiones import ASISTENCIA, ESTADOS_ACTA, ESTADOS_SESION, TIPOS_RESOLUCION, TIPOS_SESION, de_organo
from ..dominio.traduccion import traducir
from ..dominio import formato
from .descripcion_deshacer import frase_de_deshacer
from .pagos import numero_recibo

# El nombre de cada tabla como lo lee una persona (el filtro del visor y la frase genérica).
NOMBRES_DE_TABLAS = {
    "asociaciones": "Asociación", "paises_asociacion": "Países de la asociación",
    "categorias_pais": "Categorías de los países", "miembros": "Miembros", "poblaciones": "Poblaciones",
    "estados_miembro": "Estados de los miembros", "autoridades": "Autoridades", "contactos": "Contactos",
    "escalas": "Escalas de cuotas", "tramos": "Tramos de las escalas", "cargos": "Cuotas emitidas",
    "exenciones": "Exenciones", "pagos": "Pagos", "imputaciones": "Imputaciones de pagos", "recibos": "Recibos",
    "lotes_avisos": "Avisos de deuda (lotes)", "avisos": "Avisos de deuda", "normas": "Estatuto y reglamentos",
    "reformas": "Reformas", "versiones_articulo": "Artículos", "organos": "Órganos",
    "reglas_composicion": "Reglas de composición", "mandatos": "Mandatos",
    "correcciones_mandato": "Correcciones de mandatos", "orden_sucesion": "Orden de sucesión",
    "actividades": "Actividades", "reglas_quorum": "Reglas de sesión", "sesiones": "Sesiones",
    "puntos_orden": "Orden del día", "puntos_aprobacion_acta": "Puntos de aprobación de actas",
    "puntos_miembros": "De quién trata cada punto",
    "asistencias": "Asistencia", "invitados": "Invitados",
    "votaciones": "Votaciones", "habilitados_votacion": "Votos nominales", "resoluciones": "Resoluciones",
    "firmantes_declaracion": "Firmantes de declaraciones", "actas": "Actas", "fe_de_erratas": "Fe de erratas",
    "elecciones": "Elecciones", "candidaturas": "Candidaturas", "votos_eleccion": "Votos de elecciones",
    "documentos_emitidos": "Documentos emitidos", "archivos_emitidos": "Copias de documentos emitidos",
    "firmas_digitales": "Firmas digitales", "sesiones_de_viaje": "Sesiones de viaje",
    "cambios_reversibles": "Deshacer", "ubicaciones_miembro": "Ubicaciones en el mapa",
    "cuentas_correo": "Cuenta de correo", "mensajes": "Correo enviado", "destinatarios_mensaje": "Destinatarios del correo",
    "adjuntos_mensaje": "Adjuntos del correo", "convenios": "Convenios", "partes_externas": "Partes externas",
    "partes_convenio": "Partes de los convenios", "obligaciones_convenio": "Obligaciones de los convenios",
    "pdfs_convenio": "PDF firmados de los convenios",
    "memorias": "Memoria anual", "secciones_memoria": "Secciones de la memoria anual",
    "informes_actividad": "Informes de actividades",
}


def nombre_de_tabla(tabla: str) -> str:
    """En castellano: la ventana lo traduce con `tr()` (ver `idiomas.extraer.ROTULOS_DE_OTRAS_CAPAS`)."""
    return NOMBRES_DE_TABLAS.get(tabla) or tabla.replace("_", " ").capitalize()


def _t(valor, largo: int = 60) -> str:
    """Un dato guardado, visible (sin caracteres de control) y corto, para ir dentro de una frase."""
    return abreviar(valor, largo) if valor not in (None, "") else ""


def _fecha(valor) -> str:
    try:
        return formato.fecha(valor)
    except ValueError:
        return _t(valor)


def _es_fecha(valor) -> bool:
    try:
        date.fromisoformat(str(valor))
        return True
    except ValueError:
        return False


def _importe(importe, moneda) -> str:
    try:
        return formatear(int(importe), str(moneda))
    except (TypeError, ValueError):
        return f"{_t(moneda)} {_t(importe)}".strip()


class NombresCitados:
    """Busca (y recuerda) los nombres que las frases citan: el miembro de un pago, el órgano de una sesión…"""

    def __init__(self, db: BaseDeDatos):
        self.db = db
        self._filas: dict[tuple[str, int], dict | None] = {}
        self._columnas: dict[str, list[str]] = {}

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
                return dict(zip(columnas, crudos["antes"])), dict(zip(columnas, crudos["despues"]))
            valores = dict(zip(columnas, crudos))
        except (ValueError, TypeError, KeyError):
            return None, None
        return (valores, None) if accion == "borrado" else (None, valores)

    def fila(self, tabla: str, fila_id) -> dict | None:
        """La fila como está hoy o, si ya no existe, como la dejó su último registro en la bitácora."""
        if fila_id is None:
            return None
        clave = (tabla, fila_id)
        if clave not in self._filas:
            fila = tabla_bitacora.fila_actual(self.db, tabla, fila_id)
            if fila is None:
                ultimo = tabla_bitacora.ultimo_registro(self.db, tabla, fila_id)
                if ultimo:
                    antes, despues = self.valores(tabla, *ultimo)
                    fila = despues or antes
            self._filas[clave] = fila
        return self._filas[clave]

    # --- cómo se nombra cada cosa ----------------------------------------------------------------
    def miembro(self, miembro_id) -> str:
        fila = self.fila("miembros", miembro_id)
        return _t(fila["nombre"]) if fila else traducir("el miembro #{0}").format(miembro_id)

    def organo(self, organo_id) -> str:
        fila = self.fila("organos", organo_id)
        return _t(fila["nombre"]) if fila else traducir("órgano #{0}").format(organo_id)

    def sesion(self, sesion_id) -> str:
        """«sesión ordinaria Nº 3 del Consejo (12/05/2026)»."""
        fila = self.fila("sesiones", sesion_id)
        if not fila:
            return traducir("sesión #{0}").format(sesion_id)
        codigo = fila.get("tipo")  # la clave aparte: `traducir` solo ve la tabla (idiomas/extraer.py)
        tipo = traducir(TIPOS_SESION.get(codigo, "")).lower()
        numero = traducir(" Nº {0}").format(fila["numero"]) if fila.get("numero") else ""
        return traducir("sesión {0}{1} {2} ({3})").format(
            tipo, numero, de_organo(self.organo(fila.get("organo_id"))), _fecha(fila.get("fecha"))
        ).replace("  ", " ").strip()

    def punto(self, punto_id) -> str:
        fila = self.fila("puntos_orden", punto_id)
        if not fila:
            return traducir("punto #{0}").format(punto_id)
        return traducir("«{0}» ({1})").format(_t(fila.get("titulo")), self.sesion(fila.get("sesion_id")))

    def norma(self, norma_id) -> str:
        fila = self.fila("normas", norma_id)
        return traducir("«{0}»").format(_t(fila["titulo"])) if fila else traducir("norma #{0}").format(norma_id)

    def pago(self, pago_id) -> str:
        """«0015/2026 de Rosario» (con el número de su recibo) o «de Rosario»."""
        fila = self.fila("pagos", pago_id)
        recibo = tabla_cuotas.recibo_del_pago(self.db, pago_id)
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


def _cambiados(antes: dict | None, despues: dict | None) -> list[str]:
    if not antes or not despues:
        return []
    return [campo.replace("_", " ") for campo, valor in despues.items() if antes.get(campo) != valor]


def _miembros(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    nombre = _t(v["nombre"])
    if accion == "alta":
        return traducir("Alta de {0} ({1}) como miembro").format(nombre, nombre_pais(v["pais"]))
    if accion == "borrado":
        return traducir("Eliminación de {0} (alta por error)").format(nombre)
    if antes["nombre"] != despues["nombre"]:
        return traducir("{0} pasa a llamarse {1}").format(_t(antes["nombre"]), nombre)
    return traducir("Cambio en la ficha de {0}: {1}").format(nombre, ", ".join(_cambiados(antes, despues)))


def _estados(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion != "alta":
        return None
    miembro, desde, motivo = c.miembro(v["miembro_id"]), _fecha(v["desde"]), _t(v.get("motivo"))
    if v["estado"] == "baja":
        que = traducir("Baja de {0} desde el {1}").format(miembro, desde)
    elif v["estado"] == "suspendido":
        que = traducir("Suspensión de {0} desde el {1}").format(miembro, desde)
    elif v["estado"] == "activo":
        que = traducir("{0}: activo desde el {1}").format(miembro, desde)
    else:
        que = f"{miembro}: {traducir(ESTADOS.get(v['estado']))}"
    return f"{que}: {motivo}" if motivo else que


def _poblaciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    cifra = formato.numero(int(v['cifra'])) if isinstance(v.get("cifra"), int) else _t(v.get("cifra"))
    anio = f" ({v['anio']})" if v.get("anio") else ""
    plantilla = {"alta": traducir("Población de {0}: {1} hab.{2}"),
                 "cambio": traducir("Población de {0} corregida: {1} hab.{2}"),
                 "borrado": traducir("Población de {0} quitada: {1} hab.{2}")}[accion]
    return plantilla.format(c.miembro(v["miembro_id"]), cifra, anio)


def _autoridades(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    quien = f"{_t(v['persona'])} ({_t(v.get('cargo'))})"
    plantilla = {"alta": traducir("Autoridad de {0} registrada: {1}"),
                 "cambio": traducir("Autoridad de {0} corregida: {1}"),
                 "borrado": traducir("Autoridad de {0} quitada: {1}")}[accion]
    return plantilla.format(c.miembro(v["miembro_id"]), quien)


def _contactos(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    plantilla = {"alta": traducir("Contacto de {0} agregado: {1}"),
                 "cambio": traducir("Contacto de {0} modificado: {1}"),
                 "borrado": traducir("Contacto de {0} quitado: {1}")}[accion]
    return plantilla.format(c.miembro(v["miembro_id"]), _t(v["nombre"]))


def _pagos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        medio = traducir(MEDIOS_PAGO.get(v.get("medio"), _t(v.get("medio")))).lower()
        referencia = f" (ref. {_t(v['referencia'])})" if v.get("referencia") else ""
        return traducir("Pago {0} registrado: {1} por {2}{3}").format(
            c.pago(v["id"]), _importe(v["importe"], v["moneda"]), medio, referencia)
    if accion == "cambio" and despues.get("anulado_en") and not antes.get("anulado_en"):
        return traducir("Pago {0} anulado: {1}").format(c.pago(v["id"]), _t(despues.get("motivo_anulacion")))
    if accion == "cambio" and antes.get("referencia") != despues.get("referencia"):
        return traducir("Pago {0}: referencia «{1}» → «{2}»").format(
            c.pago(v["id"]), _t(antes.get("referencia")) or "—", _t(despues.get("referencia")) or "—")
    if accion == "cambio":
        return traducir("Pago {0} modificado: {1}").format(c.pago(v["id"]), ", ".join(_cambiados(antes, despues)))
    return None


def _recibos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        pago = c.fila("pagos", v["pago_id"]) or {}
        return traducir("Recibo {0} emitido (pago de {1})").format(numero_recibo(v["anio"], v["numero"]),
                                                                    c.miembro(pago.get("miembro_id")))
    return None


def _imputaciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion != "alta":
        return None
    pago = c.fila("pagos", v["pago_id"]) or {}
    importe = _importe(v["importe"], pago.get("moneda_imputacion") or "")
    return traducir("Pago {0} aplicado a la {1}: {2}").format(c.pago(v["pago_id"]), c.cargo(v["cargo_id"]), importe)


def _cargos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        tipo = traducir(TIPOS_CARGO.get(v["tipo_cargo"], v["tipo_cargo"]))
        return traducir("{0} {1} de {2}: {3}").format(tipo, v["anio"], c.miembro(v["miembro_id"]),
                                                      _importe(v["importe"], v["moneda"]))
    return None


def _exenciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return traducir("Exención del {0} % a {1} en {2}: {3}").format(
            v["porcentaje"], c.miembro(v["miembro_id"]), v["anio"], _t(v.get("motivo")))
    return None


def _asociaciones(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    nombre = f"{_t(v['nombre'])} ({_t(v.get('sigla'))})"
    if accion == "alta":
        return traducir("Alta de la asociación {0}").format(nombre)
    if accion == "borrado":
        return traducir("Borrado de la asociación {0}").format(nombre)
    return traducir("Cambio en los datos de la asociación {0}: {1}").format(
        nombre, ", ".join(_cambiados(antes, despues)))


def _categorias(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        categoria = traducir(CATEGORIAS_PAIS.get(v["categoria"], _t(v["categoria"]))).lower()
        return traducir("{0}: {1} desde el {2}").format(nombre_pais(v["pais"]), categoria, _fecha(v["desde"]))
    return None


def _organos(c: NombresCitados, accion, antes, despues) -> str:
    v = despues or antes
    if accion == "cambio":
        return traducir("Cambio en el órgano {0}: {1}").format(_t(v["nombre"]), ", ".join(_cambiados(antes, despues)))
    plantilla = {"alta": traducir("Alta del órgano {0}"), "borrado": traducir("Borrado del órgano {0}")}[accion]
    return plantilla.format(_t(v["nombre"]))


def _mandatos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    quien = c.miembro(v["miembro_id"]) if v.get("miembro_id") else _t(v.get("persona"))
    cargo = traducir(CARGOS.get(v.get("cargo"), _t(v.get("cargo"))))
    donde = f"{cargo} {de_organo(c.organo(v['organo_id']))}"
    if accion == "alta":
        return traducir("Mandato de {0}: {1} desde el {2}").format(quien, donde, _fecha(v["desde"]))
    if accion == "cambio" and antes.get("hasta") != despues.get("hasta"):
        return traducir("Mandato de {0} ({1}): termina el {2}").format(quien, donde, _fecha(despues["hasta"])) \
            if despues.get("hasta") else traducir("Mandato de {0} ({1}): sin fecha de fin").format(quien, donde)
    if accion == "borrado":
        return traducir("Mandato de {0} quitado ({1})").format(quien, donde)
    return None


def _correcciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion != "alta":
        return None
    mandato = c.fila("mandatos", v["mandato_id"]) or {}
    quien = c.miembro(mandato.get("miembro_id")) if mandato.get("miembro_id") else _t(mandato.get("persona"))
    antes_, despues_ = (_fecha(x) if x and _es_fecha(x) else _t(x) or "—" for x in (v.get("antes"), v.get("despues")))
    motivo = _t(v.get("motivo"))
    if v["campo"] == "hasta":
        return traducir("Corrección del mandato de {0}: fin {1} → {2} ({3})").format(quien, antes_, despues_, motivo)
    if v["campo"] == "desde":
        return traducir("Corrección del mandato de {0}: inicio {1} → {2} ({3})").format(
            quien, antes_, despues_, motivo)
    return traducir("Corrección del mandato de {0}: {1} {2} → {3} ({4})").format(
        quien, _t(v["campo"]), antes_, despues_, motivo)


def _estado_de_sesion(estado) -> str:
    """«celebrada» en el idioma en curso (el rótulo en minúscula es el código guardado)."""
    return traducir(ESTADOS_SESION[estado]).lower() if estado in ESTADOS_SESION else _t(estado)


def _sesiones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return traducir("Convocatoria de la {0}").format(c.sesion(v["id"]))
    if accion == "cambio" and antes.get("estado") != despues.get("estado"):
        return traducir("La {0} pasa a {1}").format(c.sesion(v["id"]), _estado_de_sesion(despues["estado"]))
    if accion == "cambio":
        return traducir("Cambio en la {0}: {1}").format(c.sesion(v["id"]), ", ".join(_cambiados(antes, despues)))
    return None


def _actas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    sesion = c.sesion(v["sesion_id"])
    if accion == "alta":
        return traducir("Borrador del acta de la {0}").format(sesion)
    if accion == "cambio" and antes.get("estado") != despues.get("estado"):
        estado = traducir(ESTADOS_ACTA.get(despues["estado"], _t(despues["estado"]))).lower()
        return traducir("Acta de la {0} {1}").format(sesion, estado)
    if accion == "cambio":
        return traducir("Acta de la {0} modificada: {1}").format(sesion, ", ".join(_cambiados(antes, despues)))
    return None


def _fe_de_erratas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    acta = c.fila("actas", v["acta_id"]) or {}
    return traducir("Fe de erratas en el acta de la {0}").format(c.sesion(acta.get("sesion_id"))) \
        if accion == "alta" else None


def _puntos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("Punto «{0}» agregado al orden del día de la {1}"),
                 "cambio": traducir("Punto «{0}» modificado en el orden del día de la {1}"),
                 "borrado": traducir("Punto «{0}» quitado del orden del día de la {1}")}[accion]
    return plantilla.format(_t(v.get("titulo")), c.sesion(v["sesion_id"]))


def _asistencias(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    estado = traducir(ASISTENCIA.get(v.get("estado"), _t(v.get("estado")))).lower()
    if accion == "borrado":
        return traducir("Asistencia de {0} quitada de la {1}").format(c.miembro(v["miembro_id"]),
                                                                      c.sesion(v["sesion_id"]))
    return traducir("{0}: {1} en la {2}").format(c.miembro(v["miembro_id"]), estado, c.sesion(v["sesion_id"]))


def _votaciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "cambio" and despues.get("cerrada_en") and not antes.get("cerrada_en"):
        plantilla = traducir("Votación cerrada (aprobada: {0} a favor, {1} en contra, {2} abstenciones) sobre {3}") \
            if despues.get("aprobada") else \
            traducir("Votación cerrada (rechazada: {0} a favor, {1} en contra, {2} abstenciones) sobre {3}")
        return plantilla.format(despues.get("a_favor"), despues.get("en_contra"), despues.get("abstenciones"),
                                c.punto(v["punto_id"]))
    if accion == "alta":
        return traducir("Votación abierta sobre {0}").format(c.punto(v["punto_id"]))
    return None


def _resoluciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        tipo = traducir(TIPOS_RESOLUCION.get(v.get("tipo"), "Resolución"))
        return f"{tipo} {v['numero']}/{v['anio']} {de_organo(c.organo(v['organo_id']))}: {_t(v.get('titulo'))}"
    return None


def _normas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        tipo = traducir(TIPOS_NORMA.get(v.get("tipo"), "texto")).lower()
        return traducir("Carga del {0} «{1}»").format(tipo, _t(v["titulo"]))
    return None


def _reformas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return traducir("Reforma de {0} vigente desde el {1}").format(c.norma(v["norma_id"]),
                                                                      _fecha(v["vigente_desde"]))
    return None


def _versiones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        plantilla = traducir("Artículo {0} de {1}: derogado desde el {2}") if v.get("derogado") else \
            traducir("Artículo {0} de {1}: texto vigente desde el {2}")
        return plantilla.format(_t(v["numero"]), c.norma(v["norma_id"]), _fecha(v["vigente_desde"]))
    return None


def _titulo_del_documento(v: dict) -> str:
    """Qué documento es: el título de su resumen, que hoy se guarda como JSON ({"titulo": «Acta N.º 3 · Consejo»,
    "datos": …}, ver `servicios.documentos`); uno de una versión anterior guardaba el texto solo."""
    resumen = v.get("resumen")
    try:
        datos = json.loads(resumen) if resumen else None
    except (TypeError, ValueError):
        datos = None
    if isinstance(datos, dict) and datos.get("titulo"):
        return _t(datos["titulo"], 90)
    return _t(resumen) if resumen and datos is None else _t(v.get("tipo"))


def _documentos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return traducir("Documento emitido: {0} (código {1})").format(_titulo_del_documento(v), _t(v.get("codigo")))
    return None


def _firmas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return traducir("Firma digital de {0} {1} por {2}").format(_t(v.get("tipo")), _t(v.get("referencia")),
                                                                   _t(v.get("firmante")))
    return None


def _paises(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    categoria = traducir(CATEGORIAS_PAIS.get(v.get("categoria"), _t(v.get("categoria")))).lower()
    plantilla = {"alta": traducir("{0} se suma a la asociación como {1}"), "cambio": traducir("{0} pasa a {1}"),
                 "borrado": traducir("{0} deja la asociación; era {1}")}[accion]
    return plantilla.format(nombre_pais(v["pais"]), categoria)


def _actividades(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("Actividad «{0}» {1} registrada"),
                 "cambio": traducir("Actividad «{0}» {1} modificada"),
                 "borrado": traducir("Actividad «{0}» {1} quitada")}[accion]
    return plantilla.format(_t(v.get("titulo")), de_organo(c.organo(v["organo_id"])))


def _escalas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    tipo = traducir(TIPOS_CARGO.get(v.get("tipo_cargo"), _t(v.get("tipo_cargo")))).lower()
    plantilla = {"alta": traducir("Escala nueva de {0} en {1}, del {2}{3}"),
                 "cambio": traducir("Escala modificada de {0} en {1}, del {2}{3}"),
                 "borrado": traducir("Escala quitada de {0} en {1}, del {2}{3}")}[accion]
    hasta = traducir(" al {0}").format(_fecha(v["hasta"])) if v.get("hasta") else ""
    return plantilla.format(tipo, _t(v.get("moneda")), _fecha(v.get("desde")), hasta)


def _tramos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    escala = c.fila("escalas", v["escala_id"]) or {}
    desde = formato.numero(int(v['desde_poblacion']))
    plantilla = {"alta": traducir("Tramo de escala: desde {0} hab., {1}"),
                 "cambio": traducir("Tramo de escala modificado: desde {0} hab., {1}"),
                 "borrado": traducir("Tramo de escala quitado: desde {0} hab., {1}")}[accion]
    return plantilla.format(desde, _importe(v["importe"], escala.get("moneda") or ""))


def _reglas_quorum(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("Regla de sesión {0} ({1}) nueva, vigente desde el {2}"),
                 "cambio": traducir("Regla de sesión {0} ({1}) modificada, vigente desde el {2}"),
                 "borrado": traducir("Regla de sesión {0} ({1}) quitada, vigente desde el {2}")}[accion]
    decision = _t(v.get("tipo_decision")).replace("_", " ")
    return plantilla.format(de_organo(c.organo(v["organo_id"])), decision, _fecha(v.get("vigente_desde")))


def _reglas_composicion(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("Regla de composición {0} nueva: {1}"),
                 "cambio": traducir("Regla de composición {0} modificada: {1}"),
                 "borrado": traducir("Regla de composición {0} quitada: {1}")}[accion]
    return plantilla.format(de_organo(c.organo(v["organo_id"])), _t(v.get("tipo")).replace("_", " "))


def _orden_sucesion(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "borrado":
        return traducir("{0} sale del orden de sucesión {1}").format(c.miembro(v["miembro_id"]),
                                                                     de_organo(c.organo(v["organo_id"])))
    return traducir("{0}: lugar {1} en el orden de sucesión {2}").format(
        c.miembro(v["miembro_id"]), v["posicion"], de_organo(c.organo(v["organo_id"])))


def _votacion_de(c: NombresCitados, votacion_id) -> str:
    votacion = c.fila("votaciones", votacion_id) or {}
    return traducir("la votación sobre {0}").format(c.punto(votacion.get("punto_id")))


def _habilitados(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "cambio" and v.get("sentido"):
        plantilla = {"a_favor": traducir("{0} vota a favor en {1}"), "en_contra": traducir("{0} vota en contra en {1}"),
                     "abstencion": traducir("{0} se abstiene en {1}")}.get(v["sentido"])
        if plantilla is None:   # un sentido que Escritorio no guarda (la base lo impide): «vota None», como antes
            return f"{c.miembro(v['miembro_id'])} vota None en {_votacion_de(c, v['votacion_id'])}"
        return plantilla.format(c.miembro(v["miembro_id"]), _votacion_de(c, v["votacion_id"]))
    if accion == "alta":
        return traducir("{0} habilitado para votar en {1}").format(c.miembro(v["miembro_id"]),
                                                                   _votacion_de(c, v["votacion_id"]))
    return None


def _firmantes(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    resolucion = c.fila("resoluciones", v["resolucion_id"]) or {}
    tipo = resolucion.get("tipo")
    cual = (f"{traducir(TIPOS_RESOLUCION.get(tipo, 'Resolución')).lower()} "
            f"{resolucion.get('numero')}/{resolucion.get('anio')}") if resolucion else \
        traducir("resolución #{0}").format(v["resolucion_id"])
    plantilla = traducir("{0} firma la {1}") if accion != "borrado" else \
        traducir("{0} ya no figura como firmante de la {1}")
    return plantilla.format(c.miembro(v["miembro_id"]), cual)


def _invitados(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    plantilla = {"alta": traducir("{0} invitado a la {1}"), "cambio": traducir("{0} invitado (corregido) a la {1}"),
                 "borrado": traducir("{0} ya no figura como invitado a la {1}")}[accion]
    return plantilla.format(_t(v.get("nombre")), c.sesion(v["sesion_id"]))


def _elecciones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    cargo = traducir(CARGOS.get(v.get("cargo"), _t(v.get("cargo"))))
    donde = f"{cargo} {de_organo(c.organo(v['organo_id']))}"
    if accion == "alta":
        return traducir("Elección de {0} abierta").format(donde)
    if accion == "cambio" and ((despues.get("mandato_id") and not antes.get("mandato_id"))
                               or (despues.get("confirmada_en") and not antes.get("confirmada_en"))):
        return traducir("Elección de {0} confirmada: mandato registrado").format(donde)
    if accion == "cambio" and despues.get("cerrada_en") and not antes.get("cerrada_en"):
        return traducir("Elección de {0} cerrada").format(donde)
    return None


def _candidaturas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    quien = c.miembro(v["miembro_id"]) if v.get("miembro_id") else _t(v.get("persona"))
    if accion == "alta":
        return traducir("Candidatura de {0}").format(quien)
    if accion == "cambio" and antes.get("votos") != despues.get("votos"):
        return traducir("Candidatura de {0}: {1} votos").format(quien, despues.get("votos"))
    if accion == "cambio" and despues.get("mandato_id") and not antes.get("mandato_id"):
        return traducir("Candidatura de {0}: mandato registrado").format(quien)
    if accion == "cambio" and despues.get("electa") and not antes.get("electa"):
        return traducir("Candidatura de {0}: electa ({1}.º)").format(quien, despues.get("electa"))
    return None


def _viajes(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    sesion = c.sesion(v["sesion_id"])
    if accion == "alta":
        return traducir("{0} llevada de viaje por {1}").format(sesion[0].upper() + sesion[1:], _t(v["llevada_por"]))
    if accion == "cambio" and despues.get("cancelada_en") and not antes.get("cancelada_en"):
        return traducir("Viaje de la {0} cancelado por {1}: {2}").format(sesion, _t(despues["cancelada_por"]),
                                                                          _t(despues["motivo_cancelacion"], 120))
    if accion == "cambio" and despues.get("devuelta_en") and not antes.get("devuelta_en"):
        return traducir("{0} devuelta del viaje al servidor").format(sesion[0].upper() + sesion[1:])
    return None


FRASES: dict[str, Frase] = {
    "miembros": _miembros, "estados_miembro": _estados, "poblaciones": _poblaciones, "autoridades": _autoridades,
    "contactos": _contactos, "pagos": _pagos, "recibos": _recibos, "imputaciones": _imputaciones,
    "cargos": _cargos, "exenciones": _exenciones, "asociaciones": _asociaciones, "categorias_pais": _categorias,
    "organos": _organos, "mandatos": _mandatos, "correcciones_mandato": _correcciones, "sesiones": _sesiones,
    "actas": _actas, "fe_de_erratas": _fe_de_erratas, "puntos_orden": _puntos, "asistencias": _asistencias,
    "votaciones": _votaciones, "resoluciones": _resoluciones, "normas": _normas, "reformas": _reformas,
    "versiones_articulo": _versiones, "documentos_emitidos": _documentos, "firmas_digitales": _firmas,
    "paises_asociacion": _paises, "actividades": _actividades, "escalas": _escalas, "tramos": _tramos,
    "reglas_quorum": _reglas_quorum, "reglas_composicion": _reglas_composicion, "orden_sucesion": _orden_sucesion,
    "habilitados_votacion": _habilitados, "firmantes_declaracion": _firmantes, "invitados": _invitados,
    "elecciones": _elecciones, "candidaturas": _candidaturas, "sesiones_de_viaje": _viajes,
    "cambios_reversibles": frase_de_deshacer,
}


def generica(tabla: str, accion: str, fila_id) -> str:
    """«Cambio en Órganos (#12)»: para las tablas sin frase propia (y si la propia falla)."""
    numero = f" (#{fila_id})" if fila_id is not None else ""
    nombre = traducir(NOMBRES_DE_TABLAS[tabla]) if tabla in NOMBRES_DE_TABLAS else nombre_de_tabla(tabla)
    plantilla = {"alta": traducir("Alta en {0}{1}"), "cambio": traducir("Cambio en {0}{1}"),
                 "borrado": traducir("Borrado en {0}{1}")}.get(accion)
    if plantilla is None:  # una acción que la base no admite: su código, tal cual
        return f"{accion.capitalize()} en {nombre}{numero}"
    return plantilla.format(nombre, numero)


def describir(nombres: NombresCitados, tabla: str, accion: str, fila_id, antes: dict | None,
              despues: dict | None) -> str:
    """La frase de un registro. Nunca falla: un dato raro (de una versión anterior, o cambiado por fuera) da la
    frase genérica, y el detalle crudo sigue disponible."""
    frase = FRASES.get(tabla)
    if frase is not None:
        try:
            texto = frase(nombres, accion, antes, despues)
        except (KeyError, TypeError, ValueError, AttributeError, sqlite3.Error):
            texto = None
        if texto:
            return texto
    return generica(tabla, accion, fila_id)
