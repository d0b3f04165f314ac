"""Crear, listar y elegir asociaciones."""

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos.conexion import transaccion
from ..dominio.miembros import CATEGORIAS_PAIS, TAMANOS_PAPEL
from ..dominio import entrada
from ..dominio.direccion_publica import leer_direccion_publica
from ..dominio.paises import codigo_pais, nombre_pais
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import IDIOMAS_DE_DOCUMENTOS, traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from . import campos
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, LARGO_NOMBRE, Revision
from .contexto import Contexto
from .solicitudes_de_datos import politica_de_la_sede
from .eleccion_de_asociacion import FilaAsociacion, elegir_asociacion  # noqa: F401 - aquí las buscan todos
from .orden_alfabetico import clave_de_la_asociacion


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
    # El país de la sede (código o nombre): su ley rige las solicitudes sobre datos personales (Datos personales ›
    # Política); sin él, la asociación nace sin ley y no se registra ninguna solicitud hasta fijarla.
    pais_sede: str | None = None


_SIGLA = re.compile(r"[A-Z0-9]+(?:[-.&][A-Z0-9]+)*")
LARGO_SIGLA = 20


def leer_sigla(valor: object) -> str:
    """«rml » -> «RML». Letras sin acentos y cifras (se admiten -, . y & entre ellas), hasta 20: la sigla va en
    los nombres de archivo, en --asociacion y en el membrete. ValueError con el motivo si no sirve."""
    limpio = entrada.texto(valor, maximo=LARGO_SIGLA)
    sigla = limpio.upper()
    if not _SIGLA.fullmatch(sigla):
        raise ValueError(traducir("«{0}» no sirve como sigla; use solo letras sin acentos y cifras (se admiten - . & "
                                  "entre ellas), sin espacios; por ejemplo RML o FAM-BR").format(entrada.muestra(limpio)))
    return sigla


def leer_idiomas(valor: object) -> str:
    """«es, pt» -> «es,pt»: códigos de idioma de dos o tres letras separados por comas."""
    limpio = entrada.texto(valor if valor is not None else "es", maximo=entrada.LARGO_CORTO)
    codigos = [c.strip().lower() for c in limpio.split(",") if c.strip()]
    malos = [c for c in codigos if not re.fullmatch(r"[a-z]{2,3}", c)]
    if not codigos or malos:
        raise ValueError(traducir("«{0}» no es un código de idioma; escriba códigos de dos letras separados por comas, "
                                  "por ejemplo es,pt").format(entrada.muestra(malos[0] if malos else limpio)))
    return ",".join(dict.fromkeys(codigos))


def _validar(nueva: NuevaAsociacion) -> tuple[dict, dict[str, str], list[str]]:
    revision = Revision()
    datos = {
        "nombre": revision.texto(traducir("Nombre"), nueva.nombre, maximo=LARGO_NOMBRE),
        "sede": revision.texto(traducir("Sede"), nueva.sede, maximo=LARGO_NOMBRE, obligatorio=False),
        "fecha_fundacion": revision.fecha(traducir("Fecha de fundación"), nueva.fecha_fundacion, historica=True),
        "papel": nueva.papel,
        # El castellano es el valor por omisión de la columna: no se escribe (así la alta sirve también sobre una
        # base que se está por actualizar).
        "idioma_documentos": nueva.idioma_documentos if nueva.idioma_documentos != "es" else None,
    }
    problemas = revision.problemas
    for clave, rotulo, leer in (("sigla", traducir("Sigla"), leer_sigla), ("idiomas", traducir("Idiomas"), leer_idiomas)):
        try:
            datos[clave] = leer(getattr(nueva, clave))
        except ValueError as error:
            problemas.append(f"{rotulo}: {str(error).rstrip('.')}.")
    tipo = revision.texto(traducir("Tipo"), nueva.tipo, maximo=LARGO_NOMBRE)
    if tipo is not None and tipo not in TIPOS_ASOCIACION:
        problemas.append(traducir("Tipo: «{0}» desconocido; use uno de: {1}.").format(entrada.muestra(tipo),
                                                                                     ", ".join(TIPOS_ASOCIACION)))
    datos["tipo"] = tipo
    if nueva.papel not in TAMANOS_PAPEL:
        problemas.append(traducir("Papel: «{0}» desconocido; use {1}.").format(entrada.muestra(nueva.papel),
                                                                              ", ".join(TAMANOS_PAPEL)))
    if nueva.idioma_documentos not in IDIOMAS_DE_DOCUMENTOS:
        problemas.append(traducir("Idioma de los documentos: «{0}» desconocido; use {1} ({2}).").format(
            entrada.muestra(nueva.idioma_documentos), traducir(" o ").join(IDIOMAS_DE_DOCUMENTOS), _IDIOMAS_EN_FRASE))
    paises = {}
    for texto, categoria in nueva.paises.items():
        error_texto = entrada.caracter_prohibido(str(texto)) or entrada.caracter_prohibido(str(categoria))
        codigo = codigo_pais(texto) if error_texto is None else None
        if error_texto is not None:
            problemas.append(traducir("Países: «{0}:{1}» {2}.").format(entrada.muestra(texto), entrada.muestra(categoria),
                                                                       error_texto[1]))
        elif codigo is None:
            problemas.append(traducir("Países: «{0}» no es un país reconocido; use el código ISO de dos letras (AR, BR, "
                                      "UY…) o su nombre, por ejemplo \"AR:pleno,UY:asociado\".").format(
                entrada.muestra(texto)))
        elif categoria not in CATEGORIAS_PAIS:
            problemas.append(traducir("Países: categoría «{0}» para {1} desconocida; use {2} (por ejemplo {3}:pleno).")
                             .format(entrada.muestra(categoria), nombre_pais(codigo), ", ".join(CATEGORIAS_PAIS), codigo))
        elif codigo in paises:
            problemas.append(traducir("Países: {0} figura dos veces; déjelo una sola vez.").format(nombre_pais(codigo)))
        else:
            paises[codigo] = categoria
    return datos, paises, problemas


def _sin_paises() -> str:
    return traducir("Países: elija al menos un país con su categoría (pleno, asociado u observador); los miembros solo "
                    "pueden ser de los países de la asociación. Después podrá agregar, quitar o cambiar países en «Datos "
                    "de la asociación».")


def _validar_con_paises(nueva: NuevaAsociacion, exigir_paises: bool) -> tuple[dict, dict[str, str], list[str]]:
    datos, paises, problemas = _validar(nueva)
    if exigir_paises and not nueva.paises:
        problemas.append(_sin_paises())
    if exigir_paises and not (nueva.pais_sede or "").strip():
        problemas.append(traducir("País de la sede: elíjalo; su ley rige los plazos de las solicitudes sobre datos "
                                  "personales."))
    elif (nueva.pais_sede or "").strip() and codigo_pais(nueva.pais_sede) is None:
        problemas.append(traducir("País de la sede: «{0}» no es un país reconocido; escriba su código ISO de dos letras "
                                  "(UY, AR, BR…) o su nombre.").format(str(nueva.pais_sede)[:40]))
    return datos, paises, problemas


def revisar_asociacion(nueva: NuevaAsociacion, *, exigir_paises: bool = False) -> None:
    """ErrorValidacion con cada problema de los datos (sin mirar la base: la sigla repetida se ve al crear).

    `exigir_paises`: el asistente de la ventana pide el país de la sede y los países en su segunda página, y no
    crea una asociación sin ellos; la línea de órdenes admite crearla sin países y agregarlos después con
    «asociacion pais» (y fijar la ley con «derechos politica --pais»)."""
    _, _, problemas = _validar_con_paises(nueva, exigir_paises)
    if problemas:
        raise ErrorValidacion(traducir("No se creó la asociación:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)


def crear_asociacion(db: BaseDeDatos, nueva: NuevaAsociacion, *, exigir_paises: bool = False) -> int:
    """Crea la asociación con sus países en una transacción; la sigla se guarda en mayúsculas (ver `leer_sigla`)."""
    datos, paises, problemas = _validar_con_paises(nueva, exigir_paises)

    def rechazar_si_hay_problemas(problemas: list[str]) -> None:
        if datos.get("sigla") and tabla_asociaciones.por_sigla(db, datos["sigla"]):
            problemas.append(traducir("Sigla: ya existe una asociación con la sigla «{0}»; elija otra.").format(
                datos["sigla"]))
        if problemas:
            raise ErrorValidacion(traducir("No se creó la asociación:") + "\n"
                                  + "\n".join(f"  - {p}" for p in problemas), problemas)

    rechazar_si_hay_problemas(problemas)
    datos["fecha_fundacion"] = datos["fecha_fundacion"].isoformat() if datos["fecha_fundacion"] else None
    with transaccion(db):
        rechazar_si_hay_problemas([])   # la sigla, otra vez con la base tomada: otra ventana pudo usarla recién
        asociacion_id = tabla_asociaciones.insertar(db, datos)
        for pais, categoria in paises.items():
            tabla_asociaciones.fijar_pais(db, asociacion_id, pais, categoria)
        if (nueva.pais_sede or "").strip():
            politica_de_la_sede(Contexto(db, asociacion_id), codigo_pais(nueva.pais_sede))
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
        if tabla_asociaciones.historia_categorias(db, asociacion_id, codigo):
            tabla_asociaciones.fijar_categoria(db, asociacion_id, codigo, categoria, fecha_de_hoy().isoformat(), None)
            _actualizar_actual(db, asociacion_id, codigo)
        else:
            tabla_asociaciones.fijar_pais(db, asociacion_id, codigo, categoria)
    return codigo


def _pais_y_categoria(db: BaseDeDatos, asociacion_id: int, pais: object, categoria: object,
                      admitidas: dict[str, str]) -> tuple[str, str]:
    texto_pais = campos.texto(traducir("País"), pais, maximo=LARGO_NOMBRE)
    codigo = codigo_pais(texto_pais)
    if codigo is None:
        raise ErrorValidacion(traducir("País: «{0}» no es un país reconocido; use el código ISO de dos letras (AR, BR, "
                                       "UY…) o su nombre.").format(entrada.muestra(texto_pais)))
    categoria = (campos.texto(traducir("Categoría"), categoria, maximo=LARGO_NOMBRE) or "").lower()
    if categoria not in admitidas:
        raise ErrorValidacion(traducir("Categoría: «{0}» desconocida; use {1}.").format(entrada.muestra(categoria),
                                                                                       ", ".join(admitidas)))
    if tabla_asociaciones.por_id(db, asociacion_id) is None:
        raise ErrorEscritorio(traducir("No existe la asociación {0}.").format(asociacion_id))
    return codigo, categoria


def _actualizar_actual(db: BaseDeDatos, asociacion_id: int, codigo: str) -> str | None:
    """paises_asociacion es la categoría que rige hoy: se rehace desde la historia con fecha."""
    actual = tabla_asociaciones.categorias_al(db, asociacion_id, fecha_de_hoy().isoformat()).get(codigo)
    tabla_asociaciones.fijar_actual(db, asociacion_id, codigo, actual)
    return actual if actual != "retirado" else None


def fijar_categoria(contexto: Contexto, pais: object, categoria: str, desde: date,
                    articulo: object = None) -> CambioDeCategoria:
    """La categoría de un país (pleno, asociado, observador, retirado) desde una fecha, con el artículo o la
    resolución que la funda, en una transacción. Las composiciones anteriores a esa fecha se siguen juzgando con la
    categoría de entonces; si la fecha ya llegó, también cambia la categoría actual del país."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    codigo, categoria = _pais_y_categoria(db, asociacion_id, pais, categoria, CATEGORIAS_CON_FECHA)
    revision = Revision()
    desde = revision.fecha(traducir("Desde"), desde, historica=True, futura=True)
    articulo = revision.texto(traducir("Artículo"), articulo, maximo=LARGO_CORTO, obligatorio=False)
    revision.lanzar(traducir("No se cambió la categoría de {0}:").format(nombre_pais(codigo)))
    with transaccion(db):
        tabla_asociaciones.fijar_categoria(db, asociacion_id, codigo, categoria, desde.isoformat(), articulo)
        actual = _actualizar_actual(db, asociacion_id, codigo)
    return CambioDeCategoria(codigo, categoria, desde, articulo, actual)


def categorias_al(contexto: Contexto, al: date | None = None) -> dict[str, str]:
    """La categoría de cada país de la asociación vigente en la fecha (hoy, si no se indica)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    return tabla_asociaciones.categorias_al(db, asociacion_id, (al or fecha_de_hoy()).isoformat())


def listar_asociaciones(db: BaseDeDatos) -> list[FilaAsociacion]:
    return tabla_asociaciones.listar(db)


def paises_de(contexto: Contexto) -> dict[str, str]:
    """Los países de la asociación con la categoría que rige hoy (un cambio fechado a futuro rige al llegar su día)."""
    return {p: c for p, c in categorias_al(contexto).items() if c != "retirado"}


# --- cambiar la asociación ya creada ----------------------------------------------------------------------------

FUNDACION_DESCONOCIDA = "1900-01-01"   # la historia de un país agregado sin fecha empieza en la fundación o aquí


def _rotulos_editables() -> dict[str, str]:
    """El rótulo de cada campo que se puede cambiar de la asociación, en el idioma en curso (para los mensajes)."""
    return {"nombre": traducir("Nombre"), "sigla": traducir("Sigla"), "tipo": traducir("Tipo"),
            "sede": traducir("Sede"), "papel": traducir("Papel"),
            "idioma_documentos": traducir("Idioma de los documentos"),
            "direccion_publica": traducir("Dirección pública de verificación")}


@dataclass
class EdicionDeAsociacion:
    asociacion: dict                            # la asociación como quedó
    cambios: list[tuple[str, str, str]]         # (rótulo, antes, después) de cada campo que cambió

    def resumen(self) -> str:
        if not self.cambios:
            return traducir("No cambió nada: los datos indicados ya eran los de la asociación.")
        return "; ".join(traducir("{0}: «{1}» → «{2}»").format(rotulo, antes, despues)
                         for rotulo, antes, despues in self.cambios)


def _mostrable(valor: object, campo: str = "") -> str:
    if campo == "idioma_documentos":
        return IDIOMAS_DE_DOCUMENTOS.get(str(valor), str(valor))
    return traducir("(vacío)") if valor in (None, "") else entrada.muestra(valor, 80)


def editar_asociacion(contexto: Contexto, *, nombre: object = None, sigla: object = None,
                      tipo: object = None, sede: object = None, papel: object = None,
                      idioma_documentos: object = None, direccion_publica: object = None,
                      leida: dict | None = None) -> EdicionDeAsociacion:
    """Cambia el nombre, la sigla, el tipo, la sede, el papel, el idioma de los documentos o la dirección pública de
    verificación de la asociación, en una transacción. None: ese dato no cambia; la sede y la dirección pública se
    borran con un texto vacío. La sigla se guarda en mayúsculas y no puede ser la de otra asociación de la base. La
    dirección pública, limpia como la deja `dominio.direccion_publica.leer_direccion_publica`: los documentos que se
    impriman desde ahora llevan en su QR su página de verificación en ese sitio.

    Los documentos ya emitidos (recibos, actas, resoluciones, padrones en PDF) no cambian: llevan el nombre y la sigla
    con que se emitieron y se siguen verificando igual (su huella no incluye el nombre ni la sigla); los documentos
    que se emitan desde ahora llevan los datos nuevos.

    `leida`: la asociación como la leyó un formulario al abrirse; si otro programa la cambió entretanto, no se
    guarda nada y se lanza ErrorConflicto."""
    from .conflictos import exigir_sin_cambios

    db, asociacion_id = contexto.db, contexto.asociacion_id
    if all(v is None for v in (nombre, sigla, tipo, sede, papel, idioma_documentos, direccion_publica)):
        raise ErrorValidacion(traducir("No se cambió nada: indique el nombre, la sigla, el tipo, la sede, el papel, el "
                                       "idioma de los documentos o la dirección pública nuevos."))
    rotulos = _rotulos_editables()
    revision = Revision()
    datos: dict = {}
    if nombre is not None:
        datos["nombre"] = revision.texto(rotulos["nombre"], nombre, maximo=LARGO_NOMBRE, clave="nombre")
    if sede is not None:
        datos["sede"] = revision.texto(rotulos["sede"], sede, maximo=LARGO_NOMBRE, obligatorio=False, clave="sede") or None
    if sigla is not None:
        try:
            datos["sigla"] = leer_sigla(sigla)
        except ValueError as error:
            revision._anotar(rotulos["sigla"], error, "sigla")
    actual = tabla_asociaciones.por_id(db, asociacion_id)
    if actual is None:
        raise ErrorEscritorio(traducir("No existe la asociación {0}.").format(asociacion_id))
    if tipo is not None:
        texto_tipo = revision.texto(rotulos["tipo"], tipo, maximo=LARGO_NOMBRE, clave="tipo")
        if texto_tipo is not None and texto_tipo == actual["tipo"]:
            datos["tipo"] = texto_tipo   # el tipo que ya tenía (de una versión anterior) no impide cambiar lo demás
        elif texto_tipo is not None and texto_tipo.lower() not in TIPOS_ASOCIACION:
            revision._anotar(rotulos["tipo"], traducir("«{0}» desconocido; use uno de: {1}").format(
                entrada.muestra(texto_tipo), ", ".join(TIPOS_ASOCIACION)), "tipo")
        else:
            datos["tipo"] = texto_tipo.lower() if texto_tipo else None
    if papel is not None:
        elegido = next((p for p in TAMANOS_PAPEL if p.lower() == str(papel).strip().lower()), None)
        if elegido is None:
            revision._anotar(rotulos["papel"], traducir("«{0}» desconocido; use {1}").format(
                entrada.muestra(papel), ", ".join(TAMANOS_PAPEL)), "papel")
        datos["papel"] = elegido
    if idioma_documentos is not None:
        idioma = str(idioma_documentos).strip().lower()
        if idioma not in IDIOMAS_DE_DOCUMENTOS:
            revision._anotar(rotulos["idioma_documentos"], traducir("«{0}» desconocido; use {1} ({2})").format(
                entrada.muestra(idioma_documentos), traducir(" o ").join(IDIOMAS_DE_DOCUMENTOS), _IDIOMAS_EN_FRASE),
                "idioma_documentos")
        datos["idioma_documentos"] = idioma
    if direccion_publica is not None:
        try:
            datos["direccion_publica"] = leer_direccion_publica(direccion_publica)
        except ValueError as error:
            revision._anotar(rotulos["direccion_publica"], error, "direccion_publica")
    titulo = traducir("No se guardó ningún cambio de la asociación {0}:").format(actual["sigla"])
    revision.lanzar(titulo)
    with transaccion(db):
        actual = tabla_asociaciones.por_id(db, asociacion_id)
        exigir_sin_cambios(leida, actual, rotulos, traducir("los datos de la asociación {0}").format(actual["sigla"]))
        otra = tabla_asociaciones.por_sigla(db, datos["sigla"]) if datos.get("sigla") else None
        if otra is not None and otra["id"] != asociacion_id:
            revision._anotar(rotulos["sigla"], traducir("ya existe otra asociación con la sigla «{0}» ({1}); elija otra")
                             .format(otra["sigla"], otra["nombre"]), "sigla")
            revision.lanzar(titulo)
        cambios = [(rotulos[c], _mostrable(actual[c], c), _mostrable(v, c)) for c, v in datos.items()
                   if v != actual[c]]
        if cambios:
            tabla_asociaciones.actualizar(db, asociacion_id, {c: v for c, v in datos.items() if v != actual[c]})
    return EdicionDeAsociacion(tabla_asociaciones.por_id(db, asociacion_id), cambios)


@dataclass
class PaisQuitado:
    pais: str
    desde: date | None          # None: se borró por completo (agregado por error)
    articulo: str | None

    def texto(self, sigla: str) -> str:
        nombre = f"{nombre_pais(self.pais)} ({self.pais})"
        if self.desde is None:
            return traducir("{0} se quitó de {1} por completo, con su historia de categorías (se había agregado por "
                            "error).").format(nombre, sigla)
        cita = f" ({self.articulo})" if self.articulo else ""
        return traducir("{0} deja de ser país de {1} desde el {2}{3}; antes de esa fecha se sigue contando con la "
                        "categoría que tenía.").format(nombre, sigla, formato.fecha(self.desde), cita)


def _lista_de_nombres(contexto: Contexto, nombres: list[str], tope: int = 5) -> str:
    """Los primeros `tope` nombres, en el orden alfabético de la asociación, y cuántos más hay."""
    nombres = sorted(nombres, key=clave_de_la_asociacion(contexto))
    mostrados = ", ".join(entrada.muestra(n, 60) for n in nombres[:tope])
    return traducir("{0} y {1} más").format(mostrados, len(nombres) - tope) if len(nombres) > tope else mostrados


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
    asociacion = tabla_asociaciones.por_id(db, asociacion_id)
    nombre = f"{nombre_pais(codigo)} ({codigo})"
    titulo = traducir("No se quitó {0} de {1}:").format(nombre, asociacion["sigla"])
    revision = Revision()
    if por_error and (desde is not None or articulo is not None):
        revision.problemas.append(traducir("Un país agregado por error se borra entero, sin fecha ni artículo: quite la "
                                           "fecha y el artículo, o quítelo desde una fecha sin marcar «por error»."))
    desde = revision.fecha(traducir("Desde"), desde, historica=True, futura=True) if desde is not None else None
    articulo = revision.texto(traducir("Artículo"), articulo, maximo=LARGO_CORTO, obligatorio=False)
    revision.lanzar(titulo)
    dia = desde or fecha_de_hoy()
    with transaccion(db):
        paises = tabla_asociaciones.categorias_al(db, asociacion_id, dia.isoformat())
        vigentes = {p for p, c in paises.items() if c != "retirado"}
        historia = tabla_asociaciones.historia_categorias(db, asociacion_id, codigo)
        if por_error:
            if codigo not in tabla_asociaciones.paises_con_historia(db, asociacion_id):
                raise ErrorValidacion(traducir("{0} no es ni fue país de la asociación; no hay nada que quitar.")
                                      .format(titulo))
            todos = [n for ns in tabla_asociaciones.miembros_por_estado(db, asociacion_id, codigo, "9999-12-31").values()
                     for n in ns]
            if todos:
                raise ErrorValidacion((
                    traducir("{0} {1} miembro es de ese país ({2}), así que no se agregó por error. Si esos miembros se "
                             "cargaron con un país equivocado, corrija el país en su ficha; si el país se retiró, "
                             "quítelo desde una fecha (sin «por error»).") if len(todos) == 1 else
                    traducir("{0} {1} miembros son de ese país ({2}), así que no se agregó por error. Si esos miembros "
                             "se cargaron con un país equivocado, corrija el país en su ficha; si el país se retiró, "
                             "quítelo desde una fecha (sin «por error»).")
                ).format(titulo, len(todos), _lista_de_nombres(contexto, todos)))
        elif codigo not in vigentes:
            ya = traducir(" (ya figura como retirado)") if historia and paises.get(codigo) == "retirado" else ""
            raise ErrorValidacion((
                traducir("{0} hoy no es país de la asociación{1}; no hay nada que quitar.") if desde is None else
                traducir("{0} el {2} no es país de la asociación{1}; no hay nada que quitar.")
            ).format(titulo, ya, formato.fecha(dia)))
        else:
            estados = tabla_asociaciones.miembros_por_estado(db, asociacion_id, codigo, dia.isoformat())
            activos = estados.get("activo", []) + estados.get("suspendido", [])
            if activos:
                plantilla = _plantilla_de_los_que_no_estan_de_baja(desde is None, len(activos) == 1)
                raise ErrorValidacion(plantilla.format(titulo, len(activos), _lista_de_nombres(contexto, activos),
                                                       formato.fecha(dia)))
        if codigo in vigentes and not (vigentes - {codigo}):
            raise ErrorValidacion(traducir(
                "{0} es el único país de la asociación y los miembros solo pueden ser de sus países. Agregue "
                "primero el país que corresponde y después quite este.").format(titulo))
        if por_error:
            tabla_asociaciones.borrar_pais(db, asociacion_id, codigo)
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
    historia: list[CategoriaEnFecha]   # de la más vieja a la más nueva


def fecha_desde(desde: str | None) -> str:
    """La columna «Desde» de la ventana: «05/03/2024», o «la fundación» (en el idioma de quien lee) con la fecha que
    se usa cuando no se la conoce (1900-01-01)."""
    if not desde:
        return ""
    return traducir("la fundación") if desde == FUNDACION_DESCONOCIDA else formato.fecha(desde)


def texto_desde(desde: str | None) -> str:
    """«desde el 05/03/2024»; la fecha que se usa cuando no se conoce la fundación (1900-01-01) es «desde la
    fundación»."""
    if not desde:
        return ""
    if desde == FUNDACION_DESCONOCIDA:
        return "desde la fundación"
    return f"desde el {formato.fecha(desde)}"


def paises_en_detalle(contexto: Contexto) -> list[PaisDeLaAsociacion]:
    """Cada país que es o fue de la asociación, con su categoría de hoy, su historia y cuántos miembros tiene."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    hoy_iso = fecha_de_hoy().isoformat()
    vigentes = tabla_asociaciones.categorias_al(db, asociacion_id, hoy_iso)
    resultado = []
    for codigo in tabla_asociaciones.paises_con_historia(db, asociacion_id):
        historia = tabla_asociaciones.historia_categorias(db, asociacion_id, codigo)
        pasadas = [h for h in historia if h["desde"] <= hoy_iso]
        estados = tabla_asociaciones.miembros_por_estado(db, asociacion_id, codigo, hoy_iso)
        # Un país que todavía no ingresó (su historia empieza a futuro) se muestra con su primera categoría.
        categoria = vigentes.get(codigo) or (historia[0]["categoria"] if historia else "retirado")
        desde = (pasadas[-1] if pasadas else historia[0])["desde"] if historia else None
        activos = len(estados.get("activo", [])) + len(estados.get("suspendido", []))
        resultado.append(PaisDeLaAsociacion(codigo, nombre_pais(codigo), categoria, desde, activos, historia))
    clave = clave_de_la_asociacion(contexto)
    return sorted(resultado, key=lambda p: (p.categoria == "retirado", clave(p.nombre)))


def _plantilla_de_los_que_no_estan_de_baja(hoy: bool, uno: bool) -> str:
    """Por qué no se quita un país que tiene miembros sin dar de baja, y cómo darlos de baja por la puerta en uso:
    {0} el país, {1} cuántos, {2} sus nombres, {3} la fecha."""
    if hoy:
        cuantos = (traducir("{0} hoy tiene {1} miembro que no está de baja ({2}).") if uno else
                   traducir("{0} hoy tiene {1} miembros que no están de baja ({2})."))
    else:
        cuantos = (traducir("{0} el {3} tiene {1} miembro que no está de baja ({2}).") if uno else
                   traducir("{0} el {3} tiene {1} miembros que no están de baja ({2})."))
    return cuantos + " " + segun_la_puerta(
        ventana=traducir("Antes de quitar el país, dé de baja a esos miembros con fecha {3} o anterior (área "
                         "Miembros, «Dar de baja…»); si se cargaron con un país equivocado, corrija el país en su "
                         "ficha."),
        linea=traducir("Antes de quitar el país, dé de baja a esos miembros con fecha {3} o anterior («escritorio "
                       "miembros baja ID --fecha AAAA-MM-DD --motivo …»); si se cargaron con un país equivocado, "
                       "corrija el país en su ficha."))
