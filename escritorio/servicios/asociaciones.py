"""Crear, listar y elegir asociaciones."""

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla
from ..datos.conexion import transaccion
from ..dominio.miembros import CATEGORIAS_PAIS, TAMANOS_PAPEL
from ..dominio import entrada
from ..dominio.paises import codigo_pais, nombre_pais
from ..dominio.traduccion import IDIOMAS_DE_DOCUMENTOS
from ..errores import ErrorEscritorio, ErrorValidacion
from . import campos
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, LARGO_NOMBRE, Revision
from .contexto import Contexto


class FilaAsociacion(TypedDict):
    """Una asociación, como la guarda la base."""

    id: int
    nombre: str
    sigla: str
    tipo: str
    fecha_fundacion: str | None
    sede: str | None
    idiomas: str
    papel: str
    idioma_documentos: str
    creada_en: str
    cuotas_para_suspender: int | None
    articulo_suspension: str | None
    niveles_aviso: str
    tolerancia_porcentaje: int
    tolerancia_unidades: int
    articulo_tolerancia: str | None
    articulo_suspension_mandatos: str | None
    miembros: int


class CategoriaEnFecha(TypedDict):
    """La categoría de un país desde una fecha."""

    categoria: str
    desde: str
    articulo: str | None

_IDIOMAS_EN_FRASE = ", ".join(f"{c}: {n}" for c, n in IDIOMAS_DE_DOCUMENTOS.items())

TIPOS_ASOCIACION = ("red representativa", "red temática", "federación", "asociación nacional", "alianza")


@dataclass
class NuevaAsociacion:
    nombre: str
    sigla: str
    tipo: str = "red representativa"
    fecha_fundacion: date | None = None
    sede: str | None = None
    idiomas: str = "es"
    papel: str = "A4"
    idioma_documentos: str = "es"   # es o pt: el idioma de sus actas, recibos y demás documentos
    paises: dict[str, str] = field(default_factory=dict)  # país (código o nombre) -> categoría


_SIGLA = re.compile(r"[A-Z0-9]+(?:[-.&][A-Z0-9]+)*")
LARGO_SIGLA = 20


def leer_sigla(valor: object) -> str:
    """«rml » -> «RML». Letras sin acentos y cifras (se admiten -, . y & entre ellas), hasta 20: la sigla va en
    los nombres de archivo, en --asociacion y en el membrete. ValueError con el motivo si no sirve."""
    limpio = entrada.texto(valor, maximo=LARGO_SIGLA)
    sigla = limpio.upper()
    if not _SIGLA.fullmatch(sigla):
        raise ValueError(f"«{entrada.muestra(limpio)}» no sirve como sigla; use solo letras sin acentos y cifras "
                         "(se admiten - . & entre ellas), sin espacios; por ejemplo RML o FAM-BR")
    return sigla


def leer_idiomas(valor: object) -> str:
    """«es, pt» -> «es,pt»: códigos de idioma de dos o tres letras separados por comas."""
    limpio = entrada.texto(valor if valor is not None else "es", maximo=entrada.LARGO_CORTO)
    codigos = [c.strip().lower() for c in limpio.split(",") if c.strip()]
    malos = [c for c in codigos if not re.fullmatch(r"[a-z]{2,3}", c)]
    if not codigos or malos:
        raise ValueError(f"«{entrada.muestra(malos[0] if malos else limpio)}» no es un código de idioma; escriba códigos "
                         "de dos letras separados por comas, por ejemplo es,pt")
    return ",".join(dict.fromkeys(codigos))


def _validar(nueva: NuevaAsociacion) -> tuple[dict, dict[str, str], list[str]]:
    revision = Revision()
    datos = {
        "nombre": revision.texto("Nombre", nueva.nombre, maximo=LARGO_NOMBRE),
        "sede": revision.texto("Sede", nueva.sede, maximo=LARGO_NOMBRE, obligatorio=False),
        "fecha_fundacion": revision.fecha("Fecha de fundación", nueva.fecha_fundacion, historica=True),
        "papel": nueva.papel,
        # El castellano es el valor por omisión de la columna: no se escribe (así la alta sirve también sobre una
        # base que se está por actualizar).
        "idioma_documentos": nueva.idioma_documentos if nueva.idioma_documentos != "es" else None,
    }
    problemas = revision.problemas
    for clave, rotulo, leer in (("sigla", "Sigla", leer_sigla), ("idiomas", "Idiomas", leer_idiomas)):
        try:
            datos[clave] = leer(getattr(nueva, clave))
        except ValueError as error:
            problemas.append(f"{rotulo}: {str(error).rstrip('.')}.")
    tipo = revision.texto("Tipo", nueva.tipo, maximo=LARGO_NOMBRE)
    if tipo is not None and tipo not in TIPOS_ASOCIACION:
        problemas.append(f"Tipo: «{entrada.muestra(tipo)}» desconocido; use uno de: {', '.join(TIPOS_ASOCIACION)}.")
    datos["tipo"] = tipo
    if nueva.papel not in TAMANOS_PAPEL:
        problemas.append(f"Papel: «{entrada.muestra(nueva.papel)}» desconocido; use {', '.join(TAMANOS_PAPEL)}.")
    if nueva.idioma_documentos not in IDIOMAS_DE_DOCUMENTOS:
        problemas.append(f"Idioma de los documentos: «{entrada.muestra(nueva.idioma_documentos)}» desconocido; use "
                         f"{' o '.join(IDIOMAS_DE_DOCUMENTOS)} ({_IDIOMAS_EN_FRASE}).")
    paises = {}
    for texto, categoria in nueva.paises.items():
        error_texto = entrada.caracter_prohibido(str(texto)) or entrada.caracter_prohibido(str(categoria))
        codigo = codigo_pais(texto) if error_texto is None else None
        if error_texto is not None:
            problemas.append(f"Países: «{entrada.muestra(texto)}:{entrada.muestra(categoria)}» {error_texto[1]}.")
        elif codigo is None:
            problemas.append(f"Países: «{entrada.muestra(texto)}» no es un país reconocido; use el código ISO de dos "
                             "letras (AR, BR, UY…) o su nombre, por ejemplo \"AR:pleno,UY:asociado\".")
        elif categoria not in CATEGORIAS_PAIS:
            problemas.append(f"Países: categoría «{entrada.muestra(categoria)}» para {nombre_pais(codigo)} desconocida; "
                             f"use {', '.join(CATEGORIAS_PAIS)} (por ejemplo {codigo}:pleno).")
        elif codigo in paises:
            problemas.append(f"Países: {nombre_pais(codigo)} figura dos veces; déjelo una sola vez.")
        else:
            paises[codigo] = categoria
    return datos, paises, problemas


SIN_PAISES = ("Países: elija al menos un país con su categoría (pleno, asociado u observador); los miembros solo "
              "pueden ser de los países de la asociación. Después podrá agregar, quitar o cambiar países en «Datos de "
              "la asociación».")


def _validar_con_paises(nueva: NuevaAsociacion, exigir_paises: bool) -> tuple[dict, dict[str, str], list[str]]:
    datos, paises, problemas = _validar(nueva)
    if exigir_paises and not nueva.paises:
        problemas.append(SIN_PAISES)
    return datos, paises, problemas


def revisar_asociacion(nueva: NuevaAsociacion, *, exigir_paises: bool = False) -> None:
    """ErrorValidacion con cada problema de los datos (sin mirar la base: la sigla repetida se ve al crear).

    `exigir_paises`: el asistente de la ventana pide los países en su segunda página y no crea una asociación
    sin ninguno; la línea de órdenes admite crearla sin países y agregarlos después con «asociacion pais»."""
    _, _, problemas = _validar_con_paises(nueva, exigir_paises)
    if problemas:
        raise ErrorValidacion("No se creó la asociación:\n" + "\n".join(f"  - {p}" for p in problemas), problemas)


def crear_asociacion(db: BaseDeDatos, nueva: NuevaAsociacion, *, exigir_paises: bool = False) -> int:
    """Crea la asociación con sus países en una transacción; la sigla se guarda en mayúsculas (ver `leer_sigla`)."""
    datos, paises, problemas = _validar_con_paises(nueva, exigir_paises)
    if datos.get("sigla") and tabla.por_sigla(db, datos["sigla"]):
        problemas.append(f"Sigla: ya existe una asociación con la sigla «{datos['sigla']}»; elija otra.")
    if problemas:
        raise ErrorValidacion("No se creó la asociación:\n" + "\n".join(f"  - {p}" for p in problemas), problemas)
    datos["fecha_fundacion"] = datos["fecha_fundacion"].isoformat() if datos["fecha_fundacion"] else None
    with transaccion(db):
        asociacion_id = tabla.insertar(db, datos)
        for pais, categoria in paises.items():
            tabla.fijar_pais(db, asociacion_id, pais, categoria)
    return asociacion_id


CATEGORIAS_CON_FECHA = {**CATEGORIAS_PAIS, "retirado": "Retirado"}


@dataclass
class CambioDeCategoria:
    pais: str
    categoria: str
    desde: date
    articulo: str | None
    actual: str | None      # la categoría que rige hoy después del cambio (None: hoy no es país de la asociación)


def agregar_pais(contexto: Contexto, pais: object, categoria: str = "pleno", desde: date | None = None,
                 articulo: object = None) -> str:
    """Incorpora un país a la asociación o cambia su categoría. Devuelve su código ISO.

    Con `desde`, la categoría rige desde esa fecha (ver `fijar_categoria`). Sin fecha: un país nuevo la tiene desde
    la fundación y uno que ya tenía historia la cambia hoy (las composiciones pasadas siguen con la anterior)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if desde is not None or articulo is not None:
        return fijar_categoria(contexto, pais, categoria, desde or fecha_de_hoy(), articulo).pais
    codigo, categoria = _pais_y_categoria(db, asociacion_id, pais, categoria, CATEGORIAS_PAIS)
    with transaccion(db):
        if tabla.historia_categorias(db, asociacion_id, codigo):
            tabla.fijar_categoria(db, asociacion_id, codigo, categoria, fecha_de_hoy().isoformat(), None)
            _actualizar_actual(db, asociacion_id, codigo)
        else:
            tabla.fijar_pais(db, asociacion_id, codigo, categoria)
    return codigo


def _pais_y_categoria(db: BaseDeDatos, asociacion_id: int, pais: object, categoria: object,
                      admitidas: dict[str, str]) -> tuple[str, str]:
    texto_pais = campos.texto("País", pais, maximo=LARGO_NOMBRE)
    codigo = codigo_pais(texto_pais)
    if codigo is None:
        raise ErrorValidacion(f"País: «{entrada.muestra(texto_pais)}» no es un país reconocido; use el código ISO de dos "
                              "letras (AR, BR, UY…) o su nombre.")
    categoria = (campos.texto("Categoría", categoria, maximo=LARGO_NOMBRE) or "").lower()
    if categoria not in admitidas:
        raise ErrorValidacion(f"Categoría: «{entrada.muestra(categoria)}» desconocida; use {', '.join(admitidas)}.")
    if tabla.por_id(db, asociacion_id) is None:
        raise ErrorEscritorio(f"No existe la asociación {asociacion_id}.")
    return codigo, categoria


def _actualizar_actual(db: BaseDeDatos, asociacion_id: int, codigo: str) -> str | None:
    """paises_asociacion es la categoría que rige hoy: se rehace desde la historia con fecha."""
    actual = tabla.categorias_al(db, asociacion_id, fecha_de_hoy().isoformat()).get(codigo)
    tabla.fijar_actual(db, asociacion_id, codigo, actual)
    return actual if actual != "retirado" else None


def fijar_categoria(contexto: Contexto, pais: object, categoria: str, desde: date,
                    articulo: object = None) -> CambioDeCategoria:
    """La categoría de un país (pleno, asociado, observador, retirado) desde una fecha, con el artículo o la
    resolución que la funda, en una transacción. Las composiciones anteriores a esa fecha se siguen juzgando con la
    categoría de entonces; si la fecha ya llegó, también cambia la categoría actual del país."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    codigo, categoria = _pais_y_categoria(db, asociacion_id, pais, categoria, CATEGORIAS_CON_FECHA)
    revision = Revision()
    desde = revision.fecha("Desde", desde, historica=True, futura=True)
    articulo = revision.texto("Artículo", articulo, maximo=LARGO_CORTO, obligatorio=False)
    revision.lanzar(f"No se cambió la categoría de {nombre_pais(codigo)}:")
    with transaccion(db):
        tabla.fijar_categoria(db, asociacion_id, codigo, categoria, desde.isoformat(), articulo)
        actual = _actualizar_actual(db, asociacion_id, codigo)
    return CambioDeCategoria(codigo, categoria, desde, articulo, actual)


def categorias_al(contexto: Contexto, al: date | None = None) -> dict[str, str]:
    """La categoría de cada país de la asociación vigente en la fecha (hoy, si no se indica)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    return tabla.categorias_al(db, asociacion_id, (al or fecha_de_hoy()).isoformat())


def historia_de_categorias(contexto: Contexto, pais: str) -> list[CategoriaEnFecha]:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    return tabla.historia_categorias(db, asociacion_id, pais)


def listar_asociaciones(db: BaseDeDatos) -> list[FilaAsociacion]:
    return tabla.listar(db)


def elegir_asociacion(db: BaseDeDatos, sigla: str | None = None) -> FilaAsociacion:
    """La asociación indicada por sigla; sin sigla, la única que haya."""
    if sigla:
        problema = entrada.caracter_prohibido(str(sigla))
        if problema is not None:  # ni siquiera se consulta: SQLite no admite bytes que no son texto
            raise ErrorEscritorio(f"No hay ninguna asociación con la sigla «{entrada.muestra(sigla)}»: {problema[1]}.")
        encontrada = tabla.por_sigla(db, sigla)
        if encontrada:
            return encontrada
        existentes = ", ".join(a["sigla"] for a in tabla.listar(db)) or "ninguna"
        raise ErrorEscritorio(f"No hay ninguna asociación con la sigla «{entrada.muestra(sigla)}» (existentes: {existentes}).")
    todas = tabla.listar(db)
    if not todas:
        raise ErrorEscritorio(
            "Todavía no hay ninguna asociación en esta base. Cree una con "
            "«escritorio asociacion crear --nombre … --sigla …» o cargue la red de ejemplo con «escritorio demo».")
    if len(todas) > 1:
        siglas = ", ".join(a["sigla"] for a in todas)
        raise ErrorEscritorio(f"Esta base tiene varias asociaciones ({siglas}): indique cuál con --asociacion SIGLA.")
    return todas[0]


def paises_de(contexto: Contexto) -> dict[str, str]:
    """Los países de la asociación con la categoría que rige hoy (un cambio fechado a futuro rige al llegar su día)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    return {p: c for p, c in categorias_al(contexto).items() if c != "retirado"}


# --- cambiar la asociación ya creada ----------------------------------------------------------------------------

FUNDACION_DESCONOCIDA = "1900-01-01"   # la historia de un país agregado sin fecha empieza en la fundación o aquí
CAMPOS_EDITABLES = {"nombre": "Nombre", "sigla": "Sigla", "tipo": "Tipo", "sede": "Sede", "papel": "Papel",
                    "idioma_documentos": "Idioma de los documentos"}


@dataclass
class EdicionDeAsociacion:
    asociacion: dict                            # la asociación como quedó
    cambios: list[tuple[str, str, str]]         # (rótulo, antes, después) de cada campo que cambió

    def resumen(self) -> str:
        if not self.cambios:
            return "No cambió nada: los datos indicados ya eran los de la asociación."
        return "; ".join(f"{rotulo}: «{antes}» → «{despues}»" for rotulo, antes, despues in self.cambios)


def _mostrable(valor: object, campo: str = "") -> str:
    if campo == "idioma_documentos":
        return IDIOMAS_DE_DOCUMENTOS.get(str(valor), str(valor))
    return "(vacío)" if valor in (None, "") else entrada.muestra(valor, 80)


def editar_asociacion(contexto: Contexto, *, nombre: object = None, sigla: object = None,
                      tipo: object = None, sede: object = None, papel: object = None,
                      idioma_documentos: object = None, leida: dict | None = None) -> EdicionDeAsociacion:
    """Cambia el nombre, la sigla, el tipo, la sede, el papel o el idioma de los documentos de la asociación, en una
    transacción. None: ese dato
    no cambia; la sede se borra con un texto vacío. La sigla se guarda en mayúsculas y no puede ser la de otra
    asociación de la base.

    Los documentos ya emitidos (recibos, actas, resoluciones, padrones en PDF) no cambian: llevan el nombre y la sigla
    con que se emitieron y se siguen verificando igual (su huella no incluye el nombre ni la sigla); los documentos
    que se emitan desde ahora llevan los datos nuevos.

    `leida`: la asociación como la leyó un formulario al abrirse; si otro programa la cambió entretanto, no se
    guarda nada y se lanza ErrorConflicto."""
    from .conflictos import exigir_sin_cambios

    db, asociacion_id = contexto.db, contexto.asociacion_id
    if all(v is None for v in (nombre, sigla, tipo, sede, papel, idioma_documentos)):
        raise ErrorValidacion("No se cambió nada: indique el nombre, la sigla, el tipo, la sede, el papel o el idioma "
                              "de los documentos nuevos.")
    revision = Revision()
    datos: dict = {}
    if nombre is not None:
        datos["nombre"] = revision.texto("Nombre", nombre, maximo=LARGO_NOMBRE, clave="nombre")
    if sede is not None:
        datos["sede"] = revision.texto("Sede", sede, maximo=LARGO_NOMBRE, obligatorio=False, clave="sede") or None
    if sigla is not None:
        try:
            datos["sigla"] = leer_sigla(sigla)
        except ValueError as error:
            revision._anotar("Sigla", error, "sigla")
    actual = tabla.por_id(db, asociacion_id)
    if actual is None:
        raise ErrorEscritorio(f"No existe la asociación {asociacion_id}.")
    if tipo is not None:
        texto_tipo = revision.texto("Tipo", tipo, maximo=LARGO_NOMBRE, clave="tipo")
        if texto_tipo is not None and texto_tipo == actual["tipo"]:
            datos["tipo"] = texto_tipo   # el tipo que ya tenía (de una versión anterior) no impide cambiar lo demás
        elif texto_tipo is not None and texto_tipo.lower() not in TIPOS_ASOCIACION:
            revision._anotar("Tipo", f"«{entrada.muestra(texto_tipo)}» desconocido; use uno de: "
                             f"{', '.join(TIPOS_ASOCIACION)}", "tipo")
        else:
            datos["tipo"] = texto_tipo.lower() if texto_tipo else None
    if papel is not None:
        elegido = next((p for p in TAMANOS_PAPEL if p.lower() == str(papel).strip().lower()), None)
        if elegido is None:
            revision._anotar("Papel", f"«{entrada.muestra(papel)}» desconocido; use {', '.join(TAMANOS_PAPEL)}", "papel")
        datos["papel"] = elegido
    if idioma_documentos is not None:
        idioma = str(idioma_documentos).strip().lower()
        if idioma not in IDIOMAS_DE_DOCUMENTOS:
            revision._anotar("Idioma de los documentos", f"«{entrada.muestra(idioma_documentos)}» desconocido; use "
                             f"{' o '.join(IDIOMAS_DE_DOCUMENTOS)} ({_IDIOMAS_EN_FRASE})", "idioma_documentos")
        datos["idioma_documentos"] = idioma
    titulo = f"No se guardó ningún cambio de la asociación {actual['sigla']}:"
    revision.lanzar(titulo)
    with transaccion(db):
        actual = tabla.por_id(db, asociacion_id)
        exigir_sin_cambios(leida, actual, CAMPOS_EDITABLES, f"los datos de la asociación {actual['sigla']}")
        otra = tabla.por_sigla(db, datos["sigla"]) if datos.get("sigla") else None
        if otra is not None and otra["id"] != asociacion_id:
            revision._anotar("Sigla", f"ya existe otra asociación con la sigla «{otra['sigla']}» ({otra['nombre']}); "
                             "elija otra", "sigla")
            revision.lanzar(titulo)
        cambios = [(CAMPOS_EDITABLES[c], _mostrable(actual[c], c), _mostrable(v, c)) for c, v in datos.items()
                   if v != actual[c]]
        if cambios:
            tabla.actualizar(db, asociacion_id, {c: v for c, v in datos.items() if v != actual[c]})
    return EdicionDeAsociacion(tabla.por_id(db, asociacion_id), cambios)


@dataclass
class PaisQuitado:
    pais: str
    desde: date | None          # None: se borró por completo (agregado por error)
    articulo: str | None

    def texto(self, sigla: str) -> str:
        nombre = f"{nombre_pais(self.pais)} ({self.pais})"
        if self.desde is None:
            return (f"{nombre} se quitó de {sigla} por completo, con su historia de categorías (se había agregado por "
                    "error).")
        cita = f" ({self.articulo})" if self.articulo else ""
        return (f"{nombre} deja de ser país de {sigla} desde el {self.desde:%d/%m/%Y}{cita}; antes de esa fecha se "
                "sigue contando con la categoría que tenía.")


def _lista_de_nombres(nombres: list[str], tope: int = 5) -> str:
    mostrados = ", ".join(entrada.muestra(n, 60) for n in nombres[:tope])
    return mostrados + (f" y {len(nombres) - tope} más" if len(nombres) > tope else "")


def quitar_pais(contexto: Contexto, pais: object, desde: date | None = None, articulo: object = None,
                *, por_error: bool = False) -> PaisQuitado:
    """Quita un país de la asociación, en una transacción.

    Lo habitual (el país se retiró): queda «retirado» desde `desde` (hoy si no se indica) en su historia de
    categorías, con `fijar_categoria`; las composiciones de los órganos anteriores a esa fecha se siguen juzgando con
    la categoría que tenía. No se quita un país que en esa fecha tiene miembros activos o suspendidos (primero se
    les da de baja, o se corrige su país si se cargaron mal), ni el único país de la asociación.

    `por_error`: el país se agregó por equivocación; se borra con toda su historia, como si nunca se hubiera
    agregado. Solo si ningún miembro (ni siquiera uno de baja) es de ese país."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    codigo, _ = _pais_y_categoria(db, asociacion_id, pais, "retirado", CATEGORIAS_CON_FECHA)
    asociacion = tabla.por_id(db, asociacion_id)
    nombre = f"{nombre_pais(codigo)} ({codigo})"
    titulo = f"No se quitó {nombre} de {asociacion['sigla']}:"
    revision = Revision()
    if por_error and (desde is not None or articulo is not None):
        revision.problemas.append("Un país agregado por error se borra entero, sin fecha ni artículo: quite la fecha "
                                  "y el artículo, o quítelo desde una fecha sin marcar «por error».")
    desde = revision.fecha("Desde", desde, historica=True, futura=True) if desde is not None else None
    articulo = revision.texto("Artículo", articulo, maximo=LARGO_CORTO, obligatorio=False)
    revision.lanzar(titulo)
    dia = desde or fecha_de_hoy()
    with transaccion(db):
        paises = tabla.categorias_al(db, asociacion_id, dia.isoformat())
        vigentes = {p for p, c in paises.items() if c != "retirado"}
        historia = tabla.historia_categorias(db, asociacion_id, codigo)
        if por_error:
            if codigo not in tabla.paises_con_historia(db, asociacion_id):
                raise ErrorValidacion(f"{titulo} no es ni fue país de la asociación; no hay nada que quitar.")
            todos = [n for ns in tabla.miembros_por_estado(db, asociacion_id, codigo, "9999-12-31").values()
                     for n in ns]
            if todos:
                raise ErrorValidacion(
                    f"{titulo} {len(todos)} {'miembro es' if len(todos) == 1 else 'miembros son'} de ese país "
                    f"({_lista_de_nombres(todos)}), así que no se agregó por error. Si esos miembros se cargaron con "
                    "un país equivocado, corrija el país en su ficha; si el país se retiró, quítelo desde una fecha "
                    "(sin «por error»).")
        elif codigo not in vigentes:
            cuando = "hoy" if desde is None else f"el {dia:%d/%m/%Y}"
            ya = " (ya figura como retirado)" if historia and paises.get(codigo) == "retirado" else ""
            raise ErrorValidacion(f"{titulo} {cuando} no es país de la asociación{ya}; no hay nada que quitar.")
        else:
            estados = tabla.miembros_por_estado(db, asociacion_id, codigo, dia.isoformat())
            activos = estados.get("activo", []) + estados.get("suspendido", [])
            if activos:
                cuando = "hoy" if desde is None else f"el {dia:%d/%m/%Y}"
                raise ErrorValidacion(
                    f"{titulo} {cuando} tiene {len(activos)} "
                    f"{'miembro que no está' if len(activos) == 1 else 'miembros que no están'} de baja "
                    f"({_lista_de_nombres(activos)}). Antes de quitar el país, dé de baja a esos miembros con fecha "
                    f"{dia:%d/%m/%Y} o anterior (Miembros › Dar de baja, o «escritorio miembros baja ID --fecha AAAA-MM-DD "
                    "--motivo …»); si se cargaron con un país equivocado, corrija el país en su ficha.")
        if codigo in vigentes and not (vigentes - {codigo}):
            raise ErrorValidacion(
                f"{titulo} es el único país de la asociación y los miembros solo pueden ser de sus países. Agregue "
                "primero el país que corresponde y después quite este.")
        if por_error:
            tabla.borrar_pais(db, asociacion_id, codigo)
            return PaisQuitado(codigo, None, None)
        cambio = fijar_categoria(contexto, codigo, "retirado", dia, articulo)
    return PaisQuitado(codigo, cambio.desde, cambio.articulo)


@dataclass
class PaisDeLaAsociacion:
    pais: str
    nombre: str
    categoria: str              # la que rige hoy: pleno, asociado, observador o retirado
    desde: str | None           # desde cuándo rige (ISO), si tiene historia con fecha
    activos: int                # miembros activos o suspendidos hoy
    historia: list[dict]        # [{"categoria", "desde", "articulo"}…] de la más vieja a la más nueva


def texto_desde(desde: str | None) -> str:
    """«desde el 05/03/2024»; la fecha que se usa cuando no se conoce la fundación (1900-01-01) es «desde la
    fundación»."""
    if not desde:
        return ""
    if desde == FUNDACION_DESCONOCIDA:
        return "desde la fundación"
    return f"desde el {date.fromisoformat(desde):%d/%m/%Y}"


def paises_en_detalle(contexto: Contexto) -> list[PaisDeLaAsociacion]:
    """Cada país que es o fue de la asociación, con su categoría de hoy, su historia y cuántos miembros tiene."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    hoy_iso = fecha_de_hoy().isoformat()
    vigentes = tabla.categorias_al(db, asociacion_id, hoy_iso)
    resultado = []
    for codigo in tabla.paises_con_historia(db, asociacion_id):
        historia = tabla.historia_categorias(db, asociacion_id, codigo)
        pasadas = [h for h in historia if h["desde"] <= hoy_iso]
        estados = tabla.miembros_por_estado(db, asociacion_id, codigo, hoy_iso)
        # Un país que todavía no ingresó (su historia empieza a futuro) se muestra con su primera categoría.
        categoria = vigentes.get(codigo) or (historia[0]["categoria"] if historia else "retirado")
        desde = (pasadas[-1] if pasadas else historia[0])["desde"] if historia else None
        activos = len(estados.get("activo", [])) + len(estados.get("suspendido", []))
        resultado.append(PaisDeLaAsociacion(codigo, nombre_pais(codigo), categoria, desde, activos, historia))
    return sorted(resultado, key=lambda p: (p.categoria == "retirado", p.nombre))
