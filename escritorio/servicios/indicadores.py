"""Indicadores por miembro y año (issue 80, §4): el marco de monitoreo de un pacto de ciudades (emisiones por
habitante, árboles plantados, hogares con recolección diferenciada…). Se define cada indicador (unidad, sentido,
fuente), se registran los valores de cada miembro y año con la evidencia que los respalda, y se comparan miembros y
años. Lo usan «escritorio indicadores …», la ventana (Documentos › Indicadores…), el libro de Excel, la memoria anual
y el sitio publicado; cada regla vive aquí una vez.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypedDict

from ..datos import indicadores as tabla_indicadores
from ..datos.conexion import transaccion
from ..dominio import formato
from ..dominio.dinero import leer_decimal
from ..dominio.indicadores import DECIMALES_MAXIMOS, SENTIDOS, Variacion, texto_del_valor, variacion
from ..dominio.orden_alfabetico import clave_de_orden
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .base import hoy
from .campos import LARGO_CORTO, Revision
from .contexto import Contexto
from .observadores import exigir_miembro_de_la_asociacion


class Indicador(TypedDict):
    """Un indicador como está guardado."""

    id: int
    nombre: str
    unidad: str
    sentido: str            # mayor, menor o neutro (dominio.indicadores.SENTIDOS)
    fuente: str | None
    descripcion: str | None
    decimales: int


class IndicadorListado(Indicador):
    """Un indicador con cuántos valores tiene y de qué años."""

    valores: int
    anios: list[int]


# Un valor medido tiene a lo sumo 15 cifras enteras: con los 6 decimales posibles, cualquier cuenta con él (la
# variación, su porcentaje) cabe en los 28 dígitos de un Decimal.
CIFRAS_ENTERAS_MAXIMAS = 15


def _en_orden(contexto: Contexto) -> list[Indicador]:
    """Los indicadores de la asociación en orden alfabético (el de las personas, no el de la base)."""
    return sorted(tabla_indicadores.indicadores(contexto.db, contexto.asociacion_id),
                  key=lambda i: clave_de_orden(i["nombre"]))


def definir_indicador(contexto: Contexto, nombre: object, unidad: object, sentido: str, fuente: object = None,
                      descripcion: object = None, decimales: int = 0) -> int:
    """Un indicador nuevo, en una transacción; devuelve su id. Un nombre que ya existe se rechaza (cada indicador,
    una vez: sus valores se comparan por años)."""
    fila = {"nombre": nombre, "unidad": unidad, "sentido": sentido, "fuente": fuente, "descripcion": descripcion,
            "decimales": decimales}
    revision = _revisar(fila)
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):
        revision.lanzar(traducir("No se definió el indicador:"))
        if any(i["nombre"] == fila["nombre"] for i in tabla_indicadores.indicadores(db, asociacion_id)):
            raise ErrorEscritorio(traducir("Ya hay un indicador «{0}»: registre sus valores («indicadores "
                                           "registrar»), o elija otro nombre.").format(fila["nombre"]))
        return tabla_indicadores.insertar_indicador(db, asociacion_id, fila)


def _revisar(fila: dict) -> Revision:
    """Revisa (y limpia en `fila`) lo que se escribe de un indicador: al definirlo y al corregirlo, lo mismo."""
    revision = Revision()
    fila["nombre"] = revision.texto(traducir("Nombre"), fila["nombre"], maximo=LARGO_CORTO, obligatorio=True)
    fila["unidad"] = revision.texto(traducir("Unidad"), fila["unidad"], maximo=60, obligatorio=True)
    fila["fuente"] = revision.texto(traducir("Fuente"), fila["fuente"], maximo=LARGO_CORTO, obligatorio=False)
    fila["descripcion"] = revision.texto(traducir("Descripción"), fila["descripcion"], maximo=2000, multilinea=True,
                                         obligatorio=False)
    if fila["sentido"] not in SENTIDOS:
        revision.problemas.append(traducir("Sentido «{0}» desconocido; use mayor (más es mejor), menor (menos es "
                                           "mejor) o neutro.").format(fila["sentido"]))
    decimales = fila["decimales"]
    if not isinstance(decimales, int) or isinstance(decimales, bool) or not 0 <= decimales <= DECIMALES_MAXIMOS:
        revision.problemas.append(traducir("Decimales: de 0 a {0}.").format(DECIMALES_MAXIMOS))
    return revision


_SIN_CAMBIO = object()


def corregir_indicador(contexto: Contexto, indicador_id: int, *, nombre: object = _SIN_CAMBIO,
                       unidad: object = _SIN_CAMBIO, sentido: object = _SIN_CAMBIO, fuente: object = _SIN_CAMBIO,
                       descripcion: object = _SIN_CAMBIO, decimales: object = _SIN_CAMBIO) -> Indicador:
    """Corrige lo que se escribió de un indicador (un error de tipeo en la unidad, la fuente, los decimales), en una
    transacción: lo que no se indica queda como está; la bitácora guarda lo anterior. Menos decimales de los que ya
    usan sus valores, o el nombre de otro indicador, se rechazan. Devuelve el indicador como quedó."""
    db = contexto.db
    with transaccion(db):
        actual = elegir_indicador(contexto, indicador_id)
        nuevo = {clave: actual[clave] if valor is _SIN_CAMBIO else valor for clave, valor in (
            ("nombre", nombre), ("unidad", unidad), ("sentido", sentido), ("fuente", fuente),
            ("descripcion", descripcion), ("decimales", decimales))}
        revision = _revisar(nuevo)
        otros = [i for i in tabla_indicadores.indicadores(db, contexto.asociacion_id) if i["id"] != actual["id"]]
        if nuevo["nombre"] and any(i["nombre"] == nuevo["nombre"] for i in otros):
            revision.problemas.append(traducir("Nombre: ya hay otro indicador «{0}».").format(nuevo["nombre"]))
        usados = [Decimal(v["valor"]) for v in tabla_indicadores.valores(db, contexto.asociacion_id, actual["id"])]
        if isinstance(nuevo["decimales"], int) and any(
                v != v.quantize(Decimal(1).scaleb(-nuevo["decimales"])) for v in usados):
            revision.problemas.append(traducir("Decimales: sus valores ya usan más de {0}.").format(nuevo["decimales"]))
        revision.lanzar(traducir("No se corrigió el indicador:"))
        tabla_indicadores.corregir_indicador(db, actual["id"], nuevo)
    return {**actual, **nuevo}


def quitar_valor(contexto: Contexto, indicador_id: int, miembro_id: int, anio: int) -> ValorRegistrado:
    """Quita el valor de un miembro en un año (uno cargado por error), en una transacción; la bitácora lo guarda."""
    db = contexto.db
    with transaccion(db):
        indicador = elegir_indicador(contexto, indicador_id)
        exigir_miembro_de_la_asociacion(contexto, miembro_id)
        ya = tabla_indicadores.valor(db, indicador["id"], miembro_id, anio)
        nombre = _nombre_del_miembro(contexto, miembro_id)
        if ya is None:
            raise ErrorEscritorio(traducir("{0} no tiene valor en {1} para «{2}»: no se quitó nada.").format(
                nombre, anio, indicador["nombre"]))
        tabla_indicadores.borrar_valor(db, ya["id"])
    return ValorRegistrado(indicador, nombre, anio, Decimal(ya["valor"]), ya["evidencia"])


def lista_de_indicadores(contexto: Contexto) -> list[IndicadorListado]:
    """Los indicadores de la asociación, con cuántos valores tiene cada uno y de qué años."""
    valores = tabla_indicadores.valores(contexto.db, contexto.asociacion_id)
    resultado = []
    for i in _en_orden(contexto):
        suyos = [v for v in valores if v["indicador_id"] == i["id"]]
        resultado.append({**i, "valores": len(suyos), "anios": sorted({v["anio"] for v in suyos})})
    return resultado


def elegir_indicador(contexto: Contexto, texto: object) -> Indicador:
    """El indicador por su id o su nombre exacto; si no existe, un error que dice cuáles hay."""
    todos = _en_orden(contexto)
    buscado = str(texto).strip()
    elegido = next((i for i in todos if str(i["id"]) == buscado or i["nombre"] == buscado), None)
    if elegido is None:
        raise ErrorEscritorio(traducir("No hay un indicador «{0}» en esta asociación; hay: {1}. Defínalo con "
                                       "«indicadores definir».").format(buscado, ", ".join(
            f"{i['id']} {i['nombre']}" for i in todos) or traducir("ninguno")))
    return elegido


def valor_escrito(indicador: dict, valor: Decimal) -> str:
    """El valor con los decimales del indicador, en el idioma en curso, y su unidad: «4,30 tCO2e/hab»."""
    return f"{formato.decimal(valor, indicador['decimales'])} {indicador['unidad']}"


@dataclass
class ValorRegistrado:
    indicador: dict
    miembro: str
    anio: int
    valor: Decimal
    evidencia: str
    anterior: str | None = None     # el valor que reemplazó, si corrigió uno

    def resumen(self) -> str:
        hecho = traducir("{0}, {1}: {2} ({3}).").format(self.miembro, self.anio, valor_escrito(
            self.indicador, self.valor), self.indicador["nombre"])
        if self.anterior is not None:
            hecho += " " + traducir("Reemplaza {0}; la bitácora guarda el anterior.").format(
                valor_escrito(self.indicador, Decimal(self.anterior)))
        return hecho


def registrar_valor(contexto: Contexto, indicador_id: int, miembro_id: int, anio: object, valor: object,
                    evidencia: object, *, reemplazar: bool = False) -> ValorRegistrado:
    """El valor de un miembro en un año, con su evidencia (el informe, la página, el enlace), en una transacción. Si
    ya tiene uno ese año se rechaza, salvo `reemplazar` (una corrección: la bitácora guarda el anterior)."""
    revision = Revision()
    anio_ = _anio(revision, anio)
    numero = None
    try:
        numero = leer_decimal(valor)
    except ValueError as error:
        revision.problemas.append(traducir("Valor: {0}.").format(error))
    if numero is not None and numero.adjusted() >= CIFRAS_ENTERAS_MAXIMAS:
        revision.problemas.append(traducir("Valor: {0} es demasiado grande para un indicador (a lo sumo {1} cifras "
                                           "enteras).").format(valor, CIFRAS_ENTERAS_MAXIMAS))
        numero = None
    evidencia = revision.texto(traducir("Evidencia"), evidencia, maximo=LARGO_CORTO, obligatorio=True)
    db = contexto.db
    with transaccion(db):
        indicador = elegir_indicador(contexto, indicador_id)
        exigir_miembro_de_la_asociacion(contexto, miembro_id)
        if numero is not None and numero != numero.quantize(Decimal(1).scaleb(-indicador["decimales"])):
            revision.problemas.append(traducir("Valor: {0} tiene más decimales de los {1} que usa «{2}».").format(
                valor, indicador["decimales"], indicador["nombre"]))
        revision.lanzar(traducir("No se registró el valor:"))
        nombre = _nombre_del_miembro(contexto, miembro_id)
        ya = tabla_indicadores.valor(db, indicador["id"], miembro_id, anio_)
        texto = texto_del_valor(numero)
        if ya is not None and not reemplazar:
            raise ErrorEscritorio(traducir(
                "{0} ya tiene {1} en {2} para «{3}» ({4}). Para corregirlo, regístrelo de nuevo con --reemplazar (en "
                "la ventana, marcando «Reemplazar el valor que ya tenga ese año»): la bitácora guarda el anterior.").format(
                nombre, valor_escrito(indicador, Decimal(ya["valor"])), anio_, indicador["nombre"], ya["evidencia"]))
        if ya is None:
            tabla_indicadores.insertar_valor(db, indicador["id"], miembro_id, anio_, texto, evidencia)
        else:
            tabla_indicadores.reemplazar_valor(db, ya["id"], texto, evidencia)
    return ValorRegistrado(indicador, nombre, anio_, numero, evidencia, ya["valor"] if ya is not None else None)


def _anio(revision: Revision, anio: object) -> int | None:
    """Un año de 1900 al actual (un valor medido; no uno que todavía no pasó)."""
    try:
        numero = int(str(anio).strip())
    except ValueError:
        numero = None
    if numero is None or not 1900 <= numero <= hoy().year:
        revision.problemas.append(traducir("Año: «{0}» no es un año de 1900 a {1}.").format(anio, hoy().year))
        return None
    return numero


def _nombre_del_miembro(contexto: Contexto, miembro_id: int) -> str:
    from ..datos import miembros as tabla_miembros

    return tabla_miembros.ficha_corta(contexto.db, miembro_id)["nombre"]


@dataclass
class FilaComparada:
    """Un miembro en la comparación: su valor en cada año (None: sin dato) y cómo cambió del primero al último año
    con dato."""

    miembro_id: int
    miembro: str
    pais: str | None
    valores: dict[int, Decimal | None]
    evidencias: dict[int, str] = field(default_factory=dict)
    variacion: Variacion | None = None


@dataclass
class Comparacion:
    indicador: dict
    anios: list[int]
    filas: list[FilaComparada]

    @property
    def mejoraron(self) -> int:
        return sum(1 for f in self.filas if f.variacion is not None and f.variacion.mejoro)

    @property
    def empeoraron(self) -> int:
        return sum(1 for f in self.filas if f.variacion is not None and f.variacion.mejoro is False)


def comparar(contexto: Contexto, indicador_id: int, anios: list[int] | None = None) -> Comparacion:
    """Los valores del indicador por miembro (filas) y año (columnas: los pedidos, o todos los que tienen datos).
    Primero los mejores en el último año según el sentido del indicador (más es mejor: de mayor a menor), los sin
    dato al final; con sentido neutro, por nombre."""
    indicador = elegir_indicador(contexto, indicador_id)
    valores = tabla_indicadores.valores(contexto.db, contexto.asociacion_id, indicador["id"])
    anios = sorted(set(anios) if anios else {v["anio"] for v in valores})
    filas: dict[int, FilaComparada] = {}
    for v in valores:
        if v["anio"] not in anios:
            continue
        fila = filas.setdefault(v["miembro_id"], FilaComparada(v["miembro_id"], v["miembro"], v["pais"],
                                                               dict.fromkeys(anios)))
        fila.valores[v["anio"]] = Decimal(v["valor"])
        fila.evidencias[v["anio"]] = v["evidencia"]
    for fila in filas.values():
        con_dato = [a for a in anios if fila.valores[a] is not None]
        if len(con_dato) >= 2:
            fila.variacion = variacion(fila.valores[con_dato[0]], fila.valores[con_dato[-1]], indicador["sentido"])
    return Comparacion(indicador, anios, sorted(filas.values(), key=lambda f: _orden(f, anios, indicador["sentido"])))


def _orden(fila: FilaComparada, anios: list[int], sentido: str) -> tuple:
    ultimo = fila.valores.get(anios[-1]) if anios else None
    if sentido == "neutro" or ultimo is None:
        return (ultimo is None, 0, clave_de_orden(fila.miembro))
    return (False, -ultimo if sentido == "mayor" else ultimo, clave_de_orden(fila.miembro))


def exportar_indicadores(contexto: Contexto, ruta, anios: list[int] | None = None) -> int:
    """El libro de Excel de los indicadores (una hoja por indicador y la de los valores con su evidencia) en `ruta`
    (.xlsx, comprobada antes de leer nada); devuelve cuántos valores escribió."""
    from ..documentos.excel.indicadores import escribir_indicadores_xlsx
    from .archivos import destino_del_archivo, escribir_archivo
    from .informes_cuotas import propiedades_excel

    ruta = destino_del_archivo(ruta, ".xlsx", traducir("los indicadores"))
    comparaciones = [comparar(contexto, i["id"], anios) for i in _en_orden(contexto)]
    valores = [{**v, "valor_decimal": Decimal(v["valor"])} for v in tabla_indicadores.valores(
        contexto.db, contexto.asociacion_id) if not anios or v["anio"] in anios]
    titulo = traducir("Indicadores al {0}").format(formato.fecha(hoy()))
    escribir_archivo(escribir_indicadores_xlsx, ruta, comparaciones, valores,
                     propiedades=propiedades_excel(contexto, titulo))
    return len(valores)


# Cuántos años de cada indicador muestra el sitio: los últimos con valores.
_ANIOS_EN_EL_SITIO = 3


class IndicadorPublicado(TypedDict):
    """Un indicador como lo muestra el sitio: sus datos y, por miembro, el valor de cada año ya escrito."""

    nombre: str
    unidad: str
    sentido: str            # el texto, en el idioma del sitio
    fuente: str | None
    descripcion: str | None
    anios: list[int]
    filas: list[dict[str, object]]   # miembro, pais, valores [texto por año], como


def indicadores_publicados(contexto: Contexto) -> list[IndicadorPublicado]:
    """Cada indicador con los valores de sus últimos años con datos, ya escritos en el idioma en curso."""
    from ..dominio.indicadores import como_le_fue
    from ..dominio.paises import nombre_pais

    publicados = []
    for i in lista_de_indicadores(contexto):
        c = comparar(contexto, i["id"], i["anios"][-_ANIOS_EN_EL_SITIO:] or None)
        publicados.append({
            "nombre": i["nombre"], "unidad": i["unidad"], "sentido": traducir(SENTIDOS[i["sentido"]]),
            "fuente": i["fuente"], "descripcion": i["descripcion"], "anios": c.anios,
            "filas": [{"miembro": f.miembro, "pais": nombre_pais(f.pais or ""),
                       "valores": ["—" if f.valores[a] is None else formato.decimal(f.valores[a], i["decimales"])
                                   for a in c.anios],
                       "como": como_le_fue(f.variacion) if f.variacion else ""} for f in c.filas]})
    return publicados
