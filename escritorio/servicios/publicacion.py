"""Publicar el sitio de transparencia de la asociación en una carpeta (issue 45): «escritorio publicar CARPETA».

El sitio es HTML y CSS estático (documentos/sitio/), legible sin JavaScript, que funciona desde un pendrive, una
carpeta compartida o cualquier alojamiento web: no hay un servidor nuestro. Lo que se publica lo elige la
asociación (dominio/publicacion.py): lo público siempre; los contactos, los borradores, la cobranza y lo no
aprobado, solo si se piden por su nombre.

Publicar de nuevo reescribe solo los archivos que cambiaron y borra los que dejaron de ser públicos, nunca otros: el
manifiesto (`manifiesto.json`) lista cada archivo del sitio con su SHA-256 (un espejo se comprueba con él). Una
carpeta con archivos y sin manifiesto no es un sitio de Escritorio: no se toca. Cada archivo se escribe entero en
un temporal y se pone en su lugar de una vez: un corte a mitad deja el archivo viejo o el nuevo, nunca medio.

El PDF/A de cada acta aprobada se emite una vez (una copia registrada, con su código de verificación) y se vuelve a
usar mientras el acta diga lo mismo (su huella, con las fe de erratas): publicar otra vez no emite otra copia.

Cada publicación agrega la cabeza de la cadena de la bitácora a la lista de las que el sitio ya mostró (`anclas.json`
y su página, `anclas.html`; issue 58): la lista solo crece. Antes de escribir nada se comprueba que la cadena de la
base siga teniendo cada cabeza ya publicada con la misma huella; si no (la base se volvió a una copia más vieja, o
alguien rehízo la cadena), no se publica: el sitio sigue mostrando lo que mostró.
"""

from __future__ import annotations

import json
import tempfile
from datetime import datetime, timezone
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..datos import documentos as tabla_documentos
from ..datos import miembros as tabla_miembros
from ..datos import verificacion as tabla_verificacion
from ..documentos.sitio.anclas import pagina_de_anclas
from ..documentos.sitio.contenido import ContenidoDelSitio, SesionPublica, prefijo_del_idioma
from ..documentos.sitio.secciones import armar_sitio
from ..dominio.anclas import (ARCHIVO_DE_ANCLAS, PAGINA_DE_ANCLAS, AnclasPublicadas, agregar_cabeza, como_lista,
                              escribir_anclas, juntar, leer_anclas, leer_cabezas)
from ..dominio.miembros import ESTADOS_REGISTRADOS, TIPOS
from ..dominio.organos import TIPOS_ORGANO
from ..dominio.publicacion import MANIFIESTO, PlanDePublicacion, plan_de_publicacion
from ..dominio.sesiones import ESTADOS_SESION, TIPOS_RESOLUCION
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..dominio.unidades import ESTADOS_ACTIVIDAD
from ..errores import ErrorEscritorio
from ..idiomas.traduccion import en_idioma
from ..salida import escribir_juntos
from .actas import obtener_acta
from .adherentes import firmantes, texto_del_firmante
from .asociaciones import listar_asociaciones
from .base import hoy
from .carpeta_del_sitio import (ManifiestoDelSitio, dentro, en_disco, escribir, escribir_entero, limpiar_temporales,
                                manifiesto_anterior, preparar, quitar_carpetas_vacias, sha256, sin_ajenos)
from .contexto import Contexto
from .direccion_publica import direccion_publica
from .estatutos import listar_normas, listar_reformas, texto_en
from .fechas_oparl import fechas_de_lo_publicado
from .idioma_de_los_documentos import idioma_de_la_asociacion, idioma_del_documento, idioma_pedido, leer_idioma
from .idioma_del_acta import idioma_del_acta
from .informes_sesiones import imprimir_acta
from .mapa import mapa_de_la_red
from .miembros import listar_miembros
from .oparl_borrados import lapidas
from .organos import composicion, listar_organos, mandatos_de
from .sala_en_documentos import sala_de_la_sesion
from .sesiones import listar_sesiones
from .sesiones.puntos import orden_del_dia
from .unidades import actividades_de, unidades
from .verificacion.anclas import ancla_actual
from .documentos_verificables import documentos_verificables
from .votaciones import listar_resoluciones
from .voto_electronico.urnas import comprobantes_contados

APROBADAS = ("aprobada", "firmada")


@dataclass
class Publicacion:
    """Lo que hizo una publicación."""

    carpeta: Path
    escritos: list[str]      # archivos nuevos o cambiados
    borrados: list[str]      # archivos que dejaron de ser públicos
    iguales: int             # archivos que ya estaban como debían
    paginas: int             # páginas HTML del sitio
    bytes: int               # lo que ocupa el sitio entero
    actas_emitidas: int      # PDF de actas emitidos en esta publicación (una copia registrada cada uno)
    idiomas: list[str] = field(default_factory=list)   # los del sitio; el primero, en la raíz de la carpeta
    # Las actas que no se publicaron y por qué (algo congelado de su sesión cambió por fuera de Escritorio, o un
    # incidente sin reconocer la toca: servicios/congelados.py); el resto del sitio se publica igual.
    retenidas: list[str] = field(default_factory=list)
    # Si salieron los datos abiertos (OParl): necesitan la dirección pública donde quedará el sitio (sus ids son
    # direcciones completas); sin ella, el sitio sale sin ellos.
    datos_abiertos: bool = False


@dataclass
class _LoYaEmitido:
    """Los PDF de actas que se pueden volver a usar sin emitir otra copia: los de la publicación anterior que siguen
    intactos en la carpeta (`anterior`, su manifiesto) y los emitidos en esta misma publicación (`ahora`: {ruta en el
    sitio: (clave, PDF)}; en un sitio de varios idiomas, el contenido de cada idioma se arma otra vez al final con
    ellos, para que la verificación de cada uno liste las copias emitidas en los otros)."""

    carpeta: Path
    anterior: ManifiestoDelSitio
    ahora: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    retenidas: dict[int, str] = field(default_factory=dict)   # sesión -> por qué su acta no se publica


def _pdf_del_acta(contexto: Contexto, sesion: dict, clave: str, ruta: str, emitidos: _LoYaEmitido, emitir: bool
                  ) -> tuple[bytes, bool]:
    """(el PDF/A, si se emitió ahora) del acta que va en `ruta` (desde la carpeta del sitio). El ya emitido con esta
    misma `clave` (la huella del acta y el idioma), si lo hay; si no, se emite una copia nueva (registrada, con su
    código). Sin `emitir` (el primer paso, que solo ve qué archivos tendrá el sitio), ninguna copia: el PDF queda
    vacío."""
    if emitidos.ahora.get(ruta, ("", b""))[0] == clave:
        return emitidos.ahora[ruta][1], False
    carpeta, anterior = emitidos.carpeta, emitidos.anterior
    previo = carpeta / ruta
    if anterior.get("actas", {}).get(ruta) == clave and previo.is_file() and dentro(carpeta, previo):
        publicado = previo.read_bytes()
        if sha256(publicado) == anterior.get("archivos", {}).get(ruta):   # sigue intacto
            return publicado, False
    if not emitir:
        return b"", False
    with tempfile.TemporaryDirectory(prefix="escritorio-acta-") as temporal:
        archivo = Path(temporal) / "acta.pdf"
        imprimir_acta(contexto, sesion["id"], archivo)
        emitidos.ahora[ruta] = (clave, archivo.read_bytes())
        return emitidos.ahora[ruta][1], True


def _clave_del_acta(huella: str | None, idioma: str) -> str:
    """Con qué se reusa el PDF de un acta: el mismo texto (su huella, con las fe de erratas) en el mismo idioma."""
    return f"{idioma}:{huella or ''}"


def _codigo_del_archivo(contexto: Contexto, contenido: bytes) -> str | None:
    for archivo in tabla_documentos.archivos_por_sha256(contexto.db, sha256(contenido)):
        documento = tabla_documentos.documento_por_id(contexto.db, archivo["documento_id"])
        if documento and documento["asociacion_id"] == contexto.asociacion_id:
            return documento["codigo"]
    return None


def _sesiones(contexto: Contexto, incluir: frozenset[str], emitidos: _LoYaEmitido, contenido: ContenidoDelSitio,
              emitir: bool) -> tuple[set[int], int]:
    """Las sesiones del calendario; devuelve las que se publican enteras (asistencia, votos, resoluciones) y cuántas
    actas se emitieron."""
    enteras, emitidas = set(), 0
    for s in listar_sesiones(contexto):
        publica = SesionPublica(
            id=s["id"], titulo=s["titulo"] or "", organo=s["organo"], organo_id=s.get("organo_id"), fecha=s["fecha"],
            hora=s["hora"], lugar=s["lugar"], estado=traducir(ESTADOS_SESION.get(s["estado"], s["estado"])),
            estado_acta=s.get("estado_acta"),
            puntos=[{k: p[k] for k in ("id", "numeracion", "titulo")} for p in orden_del_dia(contexto, s["id"])])
        # Con «sin_aprobar», también la sesión celebrada cuya acta ni se empezó: su registro (asistencia, votos,
        # resoluciones) es el mismo que armaría el borrador (obtener_acta lo arma sin fila de acta).
        con_registro = bool(s.get("estado_acta")) or (s["estado"] == "celebrada" and "sin_aprobar" in incluir)
        if con_registro and _retenida(contexto, s, emitidos):
            pass   # ni su texto, ni su PDF, ni sus resoluciones: la base ya no puede dar fe de lo que dirían
        elif con_registro:
            acta = obtener_acta(contexto, s["id"])
            aprobada = acta.estado in APROBADAS
            if aprobada or "sin_aprobar" in incluir:
                publica.acta, publica.idioma_del_acta = acta.contenido, idioma_del_acta(acta.contenido)
                publica.sala = sala_de_la_sesion(contexto, s["id"])
                publica.comprobantes = comprobantes_contados(contexto, s["id"])
                enteras.add(s["id"])
            if aprobada:
                publica.aprobada_el, publica.aprobada_por, publica.huella_acta = (acta.aprobada_el, acta.aprobada_por,
                                                                                   acta.huella)
                ruta = f"actas/acta-{s['id']}.pdf"
                pdf, nuevo = _pdf_del_acta(contexto, s, _clave_del_acta(acta.huella, contenido.idioma),
                                           prefijo_del_idioma(contenido.idioma, contenido.idiomas) + ruta, emitidos,
                                           emitir)
                emitidas += nuevo
                contenido.archivos[ruta] = pdf
                publica.pdf, publica.pdf_sha256 = ruta, sha256(pdf)
                publica.codigo_acta = _codigo_del_archivo(contexto, pdf)
        contenido.sesiones.append(publica)
    return enteras, emitidas


def _retenida(contexto: Contexto, sesion: dict, emitidos: _LoYaEmitido) -> bool:
    """¿Se retiene el acta de esta sesión? Sí, si algo congelado de la sesión ya no es lo que Escritorio selló al
    congelarlo, o si un incidente sin reconocer toca sus filas: lo anota en `emitidos.retenidas` con el motivo."""
    from .congelados import filas_del_acta, impedimentos

    impedimento = impedimentos(contexto.db, filas_del_acta(contexto.db, sesion["id"]))
    if not impedimento:
        return False
    emitidos.retenidas[sesion["id"]] = traducir("El acta de la sesión del {0} ({1}) no se publicó: {2}").format(
        formato.fecha(sesion["fecha"]), sesion["organo"], "; ".join(m.rstrip(".") for m in impedimento.motivos()) + ".")
    return True


def contenido_del_sitio(contexto: Contexto, incluir: frozenset[str] = frozenset(), *, anterior: dict | None = None,
                        carpeta: Path | None = None, emitir: bool = True, idiomas: list[str] | None = None,
                        emitidos: _LoYaEmitido | None = None) -> tuple[ContenidoDelSitio, int]:
    """Lo que publica el sitio, en el idioma en curso, y cuántas actas emitió para él (sin `emitir`, ninguna: los
    PDF que faltan quedan vacíos). `idiomas`: los del sitio, si son varios (ver `prefijo_del_idioma`); `emitidos`:
    los PDF de actas que se pueden volver a usar (si no, los de la publicación `anterior` en `carpeta`)."""
    emitidos = emitidos or _LoYaEmitido(carpeta or Path("."), anterior or {})
    asociacion = next(a for a in listar_asociaciones(contexto.db) if a["id"] == contexto.asociacion_id)
    idioma = idioma_del_documento(contexto)
    contenido = ContenidoDelSitio(
        asociacion={k: asociacion.get(k) for k in ("nombre", "sigla", "tipo", "sede", "fecha_fundacion")},
        idioma=idioma, datos_al=hoy().isoformat(), con_contactos="contactos" in incluir,
        direccion_publica=direccion_publica(contexto), idiomas=list(idiomas or [idioma]),
        idioma_de_lo_escrito=idioma_de_la_asociacion(contexto))
    for norma in listar_normas(contexto):
        contenido.normas.append({
            "titulo": norma["titulo"], "tipo": norma["tipo"],
            "articulos": [a for a in texto_en(contexto, norma["id"]) if not a.derogado],
            "reformas": list(listar_reformas(contexto, norma["id"]))})
    estados = tabla_miembros.estados_vigentes(contexto.db, contexto.asociacion_id, contenido.datos_al)
    for m in listar_miembros(contexto):
        if m["estado"] not in ESTADOS_REGISTRADOS or m["estado"] == "solicitante":
            continue
        fila = {k: m.get(k) for k in ("id", "nombre", "pais", "pais_nombre", "region", "poblacion", "anio_poblacion",
                                      "tipo", "fecha_ingreso", "estado", "autoridad", "cargo")}
        # Desde cuándo ya no es miembro: los datos abiertos no la dan por vigente (OParl, endDate).
        fila["baja_desde"] = estados[m["id"]][1] if m["estado"] == "baja" and m["id"] in estados else None
        fila["tipo_nombre"] = traducir(TIPOS.get(m["tipo"], m["tipo"]))
        fila["estado_nombre"] = traducir(ESTADOS_REGISTRADOS.get(m["estado"], m["estado"]))
        if contenido.con_contactos:
            fila.update(correo=m.get("correo"), telefono=m.get("telefono"))
        contenido.miembros.append(fila)
    for o in listar_organos(contexto):
        contenido.organos.append({**{k: o.get(k) for k in ("id", "nombre", "padre", "padre_id", "atribuciones",
                                                           "articulo", "creado_el", "creado_por", "disuelto_el",
                                                           "disuelto_por")},
                                  "tipo_nombre": traducir(TIPOS_ORGANO.get(o["tipo"], o["tipo"])),
                                  "asientos": composicion(contexto, o["id"]).asientos,
                                  "mandatos": list(mandatos_de(contexto, o["id"]))})
    if contenido.con_contactos:
        contenido.aviso_de_privacidad = _aviso_de_privacidad(contexto)
    contenido.mapa = mapa_de_la_red(contexto)
    enteras, emitidas = _sesiones(contexto, incluir, emitidos, contenido, emitir)
    fechas = {s.id: s.fecha for s in contenido.sesiones}
    resoluciones = listar_resoluciones(contexto)
    for r in resoluciones:
        if r.get("sesion_id") not in enteras:
            continue   # una resolución se publica con el acta que la registra
        adhesiones = [texto_del_firmante(f) for f in firmantes(contexto, r["id"])] if r["tipo"] == "declaracion" else []
        contenido.resoluciones.append({
            "id": r["id"], "fecha": fechas.get(r["sesion_id"]), "numeracion": r["numeracion"], "titulo": r["titulo"], "tipo_nombre": traducir(TIPOS_RESOLUCION.get(
                r["tipo"], r["tipo"])), "organo": r["organo"], "sesion_id": r["sesion_id"], "texto": r.get("texto"),
            "punto_id": r.get("punto_id"),
            "firmantes": adhesiones})
    for u in unidades(contexto):
        contenido.unidades.append({
            "id": u["id"], "nombre": u["nombre"], "atribuciones": u.get("atribuciones"),
            "actividades": [{**a, "estado": traducir(ESTADOS_ACTIVIDAD.get(a["estado"], a["estado"]))}
                            for a in actividades_de(contexto, u["id"])]})
    from .indicadores import indicadores_publicados

    contenido.indicadores = indicadores_publicados(contexto)
    contenido.documentos = documentos_verificables(contexto, incluir, {r["id"]: r.get("sesion_id") for r in resoluciones}, enteras)
    contenido.fechas = fechas_de_lo_publicado(contexto, contenido)
    return contenido, emitidas


def publicar(contexto: Contexto, carpeta: Path | str, *, incluir: frozenset[str] = frozenset(),
             idiomas: list[str] | None = None,
             avance: Callable[[str, int, int], None] | None = None) -> Publicacion:
    """Ver `_publicar`. Un error del disco (sin permiso, sin lugar, un enlace roto donde va una carpeta) llega a la
    ventana y a la línea de órdenes como el mismo aviso en castellano, no como un error inesperado."""
    from ..salida import mensaje_de_oserror

    if not str(carpeta).strip():
        raise ErrorEscritorio(traducir("Falta la carpeta del sitio: indique dónde publicarlo (por ejemplo, «sitio», "
                                       "una carpeta vacía o la del sitio que ya publicó)."))
    try:
        return _publicar(contexto, carpeta, incluir=incluir, idiomas=idiomas, avance=avance)
    except OSError as error:
        raise ErrorEscritorio(mensaje_de_oserror(error, carpeta)) from None


def _publicar(contexto: Contexto, carpeta: Path | str, *, incluir: frozenset[str], idiomas: list[str] | None,
              avance: Callable[[str, int, int], None] | None) -> Publicacion:
    """Publica (o pone al día) el sitio de la asociación en `carpeta`, en el idioma de sus documentos (o el pedido
    con `idioma_de_los_documentos.idioma_pedido`), o en cada uno de `idiomas` («es», «pt»): el primero en la raíz
    de la carpeta y cada otro en su subcarpeta, con un enlace en cada página a la misma página en los otros. Solo
    escribe lo que cambió y solo borra lo que el sitio ya no publica. `avance(qué, hecho, total)`, si se da, se
    llama en cada paso (la ventana muestra el progreso; si lanza una excepción, como «Cancelado», se deja de
    publicar).

    Lo que cambia se pone todo o nada (`_poner_todo_o_nada`): con un archivo abierto en otro programa, sin lugar en
    el disco o cancelada a mitad, el sitio queda como estaba; si el programa muere a mitad, la siguiente publicación
    termina el trabajo."""
    informar = avance or (lambda que, hecho, total: None)
    carpeta = Path(carpeta).expanduser()
    idiomas = _idiomas_del_sitio(contexto, idiomas)
    anterior = manifiesto_anterior(carpeta)
    identidad = _identidad(contexto)
    if anterior and anterior.get("identidad", identidad) != identidad:
        raise ErrorEscritorio(traducir(
            "La carpeta {0} tiene el sitio de otra asociación o de otra base ({1}): no se toca. Elija la carpeta del "
            "sitio de esta asociación, o una vacía.").format(carpeta, anterior.get("asociacion") or "?"))
    limpiar_temporales(carpeta, anterior)
    publicadas = _anclas_publicadas(carpeta, anterior, identidad)
    _exigir_que_la_cadena_las_tenga(contexto, carpeta, publicadas)
    propios = set(anterior.get("archivos", {}))
    emitidos = _LoYaEmitido(carpeta, anterior)
    publicada_en = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None).isoformat()
    cadena: dict[str, AnclasPublicadas] = {}   # las cabezas que mostrará el sitio (las de antes y la de ahora)

    def armar(emitir: bool) -> tuple[list[ContenidoDelSitio], dict[str, bytes], int]:
        contenidos, archivos, emitidas = [], {}, 0
        for idioma in idiomas:
            with idioma_pedido(idioma), en_idioma(idioma):
                contenido, nuevas = contenido_del_sitio(contexto, incluir, emitir=emitir, idiomas=idiomas,
                                                        emitidos=emitidos)
                archivos.update(armar_sitio(contenido))
            contenidos.append(contenido)
            emitidas += nuevas
        # La cabeza de la cadena después de emitir las actas: la que el sitio agrega a las que ya mostró.
        cadena["anclas"], de_la_cadena = _archivos_de_anclas(contexto, publicadas, publicada_en, contenidos[0],
                                                             idiomas)
        archivos.update(de_la_cadena)
        return contenidos, archivos, emitidas

    # Primero, sin emitir nada: qué archivos tendrá el sitio. Si uno ajeno está en el camino, no se hace nada (ni se
    # registra una copia de un acta que nadie recibiría).
    informar(traducir("Leyendo lo que se publica…"), 0, 0)
    _, previstos, _ = armar(emitir=False)
    sin_ajenos(carpeta, [r for r in previstos if r not in propios])
    # Después, de verdad: las actas que faltan se emiten (cada una, su escritura) y se verifican ya registradas.
    informar(traducir("Armando las páginas…"), 0, 0)
    contenidos, archivos, emitidas = armar(emitir=True)
    if emitidas and len(idiomas) > 1:
        # Un acta emitida en un idioma es una copia más del mismo documento: la verificación de los otros idiomas
        # (armada antes) tiene que listarla. Se arma otra vez con lo ya emitido (no se emite nada más).
        contenidos, archivos, _ = armar(emitir=True)
    principal = contenidos[0]
    archivos.update(lapidas(carpeta, anterior.get("archivos", {}), archivos, publicada_en + "+00:00"))
    huellas = {ruta: sha256(datos) for ruta, datos in archivos.items()}
    plan = plan_de_publicacion(en_disco(carpeta, anterior), huellas)
    sin_ajenos(carpeta, [r for r in plan.escribir if r not in propios])

    def manifiesto(archivos_del_sitio: dict[str, str], actas: dict[str, str]) -> bytes:
        datos = {"generador": f"Escritorio {__version__}", "asociacion": principal.asociacion["sigla"],
                 "identidad": identidad, "idioma": principal.idioma, "idiomas": idiomas, "incluye": sorted(incluir),
                 "actas": actas, "archivos": archivos_del_sitio,
                 # También aquí, por si anclas.json se pierde (se repone con estas) o la publicación se corta.
                 "cabezas": como_lista(cadena["anclas"].cabezas)}
        return _en_bytes(datos)

    actas = {prefijo_del_idioma(c.idioma, idiomas) + s.pdf: _clave_del_acta(s.huella_acta, c.idioma)
             for c in contenidos for s in c.sesiones if s.pdf}
    if plan.escribir or plan.borrar:
        pendiente = manifiesto({**anterior.get("archivos", {}), **huellas}, {**anterior.get("actas", {}), **actas})
        _poner_todo_o_nada(carpeta, plan, archivos, pendiente, informar)
    final = manifiesto(huellas, actas)
    if not (carpeta / MANIFIESTO).is_file() or (carpeta / MANIFIESTO).read_bytes() != final:
        escribir(carpeta, MANIFIESTO, final)
    return Publicacion(carpeta=carpeta, escritos=plan.escribir, borrados=plan.borrar, iguales=len(plan.iguales),
                       paginas=sum(1 for r in archivos if r.endswith(".html")),
                       bytes=sum(len(d) for d in archivos.values()), actas_emitidas=emitidas, idiomas=idiomas,
                       retenidas=[emitidos.retenidas[s] for s in sorted(emitidos.retenidas)],
                       datos_abiertos=bool(principal.direccion_publica))


def _poner_todo_o_nada(carpeta: Path, plan: PlanDePublicacion, archivos: dict[str, bytes], pendiente: bytes,
                       informar: Callable[[str, int, int], None]) -> None:
    """Escribe lo nuevo y borra lo que el sitio ya no publica, todo o nada (`salida.escribir_juntos`): con una página
    o un PDF abierto en otro programa (un visor en Windows), sin lugar en el disco o cancelado a mitad, el sitio queda
    como estaba, con su manifiesto (que recuerda, además, la cabeza nueva de la cadena: ver
    `_el_de_antes_con_las_cabezas`). Antes, el manifiesto «pendiente» (lo que ya era del sitio más lo que se va a
    escribir): si el programa muere a mitad de poner los archivos (un corte de luz), la siguiente publicación
    reconoce todo como del sitio y termina el trabajo."""
    camino_del_manifiesto = carpeta / MANIFIESTO
    manifiesto_de_antes = camino_del_manifiesto.read_bytes() if camino_del_manifiesto.is_file() else None
    carpetas = {(carpeta / ruta).parent for ruta in plan.escribir}
    borrar = [ruta for ruta in plan.borrar if dentro(carpeta, carpeta / ruta)]
    destinos = {carpeta / ruta: ruta for ruta in [*plan.escribir, *borrar]}
    escribir(carpeta, MANIFIESTO, pendiente)
    try:
        with escribir_juntos(destinos, reemplazar=True, sin_hacer=traducir("el sitio quedó como estaba"),
                             anteriores_a_la_vista=False) as juntos:   # nada de antes servido al lado: se regenera
            for numero, ruta in enumerate(plan.escribir, start=1):
                informar(traducir("Escribiendo {0}…").format(ruta), numero, len(plan.escribir))
                juntos.escribir(preparar(carpeta, ruta), escribir_entero, archivos[ruta])
            for ruta in borrar:
                juntos.quitar(carpeta / ruta)
            juntos.poner()
    except BaseException:
        try:
            escribir(carpeta, MANIFIESTO, _el_de_antes_con_las_cabezas(manifiesto_de_antes, pendiente))
            for creada in carpetas:
                quitar_carpetas_vacias(carpeta, creada)
        except OSError:   # el disco lleno tampoco deja esto: queda el pendiente, y la siguiente lo reconoce todo
            pass
        raise
    for ruta in borrar:
        quitar_carpetas_vacias(carpeta, (carpeta / ruta).parent)


def _el_de_antes_con_las_cabezas(de_antes: bytes | None, pendiente: bytes) -> bytes:
    """El manifiesto de antes (o uno sin archivos, si no había), con las cabezas de la cadena del pendiente: la nueva
    pudo verse un momento (anclas.json puesto y vuelto atrás, una copia sincronizada a la web mientras tanto), así que
    la siguiente publicación la sigue exigiendo en la cadena, como si se hubiera publicado. A una base honesta no le
    cuesta nada: la cabeza salió de su propia cadena."""
    nuevo = json.loads(pendiente)
    datos = json.loads(de_antes) if de_antes is not None else {**nuevo, "archivos": {}, "actas": {}}
    datos["cabezas"] = nuevo["cabezas"]
    return _en_bytes(datos)


def _en_bytes(manifiesto: dict) -> bytes:
    return (json.dumps(manifiesto, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _anclas_publicadas(carpeta: Path, anterior: ManifiestoDelSitio, identidad: str) -> AnclasPublicadas:
    """Las cabezas de la cadena que el sitio de `carpeta` ya mostró: las de su `anclas.json` y las que anotó su
    manifiesto (ninguna en una carpeta nueva, o en un sitio publicado antes de que el sitio las mostrara). Si el
    archivo falta o no se entiende, valen las del manifiesto (y el archivo se repone); si tampoco están, no se
    publica: se perdería lo que el público ya vio."""
    archivo = carpeta / ARCHIVO_DE_ANCLAS
    try:
        del_manifiesto = leer_cabezas(anterior["cabezas"]) if "cabezas" in anterior else ()
    except ValueError:
        del_manifiesto = None
    del_archivo: tuple = ()
    if ARCHIVO_DE_ANCLAS in anterior.get("archivos", {}):   # uno que el sitio no escribió no se lee: ver sin_ajenos
        try:
            if not dentro(carpeta, archivo):
                raise ValueError
            del_archivo = leer_anclas(archivo.read_text(encoding="utf-8")).cabezas
        except (OSError, ValueError):
            del_archivo = None
    if (del_archivo is None and not del_manifiesto) or (del_manifiesto is None and not del_archivo):
        raise ErrorEscritorio(traducir(
            "El sitio de {0} mostraba la cadena de la bitácora ({1}), y ese archivo falta, está dañado o fue cambiado "
            "a mano: no se publica, porque se perderían las cabezas que el público ya vio. Qué hacer: copie {1} de "
            "nuevo desde una copia del sitio (la del alojamiento web, un respaldo) y vuelva a publicar.").format(
                carpeta, ARCHIVO_DE_ANCLAS))
    return AnclasPublicadas(identidad, juntar(del_manifiesto or (), del_archivo or ()))


def _exigir_que_la_cadena_las_tenga(contexto: Contexto, carpeta: Path, publicadas: AnclasPublicadas) -> None:
    """Cada cabeza que el sitio ya mostró tiene que seguir en la cadena de la base con la misma huella. Si no, la
    cadena de hoy no continúa la que vio el público, y publicar la taparía: no se escribe nada."""
    perdidas = []
    for cabeza in publicadas.cabezas:
        actual = tabla_verificacion.huella_del_sello(contexto.db, cabeza.sello)
        if actual != cabeza.huella:
            perdidas.append((cabeza, actual))
    if not perdidas:
        return
    cabeza, actual = perdidas[0]
    que = (traducir("el sitio mostró el sello {0} con la huella {1}…, y la base ya no tiene ese sello").format(
               cabeza.sello, cabeza.huella[:16]) if actual is None else
           traducir("el sitio mostró el sello {0} con la huella {1}…, y en la base ese sello tiene hoy la huella "
                    "{2}…").format(cabeza.sello, cabeza.huella[:16], actual[:16]))
    otras = (traducir(" (y {0} cabeza(s) más del sitio tampoco están)").format(len(perdidas) - 1)
             if len(perdidas) > 1 else "")
    raise ErrorEscritorio((traducir(
        "No se publica en {0}: la cadena de la bitácora de esta base ya no continúa la que el sitio mostró al "
        "público: {1}{2}. La base se volvió a una copia más vieja que la última publicación, o alguien rehízo sus "
        "registros por fuera de Escritorio. El sitio queda como estaba.") + " " + segun_la_puerta(
        ventana=traducir("Qué hacer: compruébelo en el menú Archivo, «Verificar la base…», «Comprobar un ancla:», "
                         "con «Carpeta del sitio…» ({0})."),
        linea=traducir("Qué hacer: compruébelo con «escritorio verificar --ancla {0}».")) + " " + traducir(
        "Si no restauró un respaldo a propósito, restaure el más reciente que verifique "
        "sano y publique otra vez. Si lo restauró a propósito, los cambios posteriores a ese respaldo se perdieron "
        "y el sitio lo muestra: vuelva a cargarlos y publique en una carpeta nueva, y explique a los miembros por "
        "qué la cadena del sitio anterior no sigue.")).format(carpeta, que, otras))


def _archivos_de_anclas(contexto: Contexto, publicadas: AnclasPublicadas, publicada_en: str,
                        principal: ContenidoDelSitio, idiomas: list[str]
                        ) -> tuple[AnclasPublicadas, dict[str, bytes]]:
    """(las cabezas ya publicadas y la de ahora, sus archivos: `anclas.json` una vez, en la raíz, y la página
    `anclas.html` de cada idioma)."""
    cabezas = publicadas.cabezas
    cabeza = ancla_actual(contexto.db)
    if cabeza is not None:
        cabezas = agregar_cabeza(cabezas, cabeza[0], cabeza[1], publicada_en)
    anclas = AnclasPublicadas(publicadas.identidad, cabezas)
    archivos = {ARCHIVO_DE_ANCLAS: escribir_anclas(anclas, f"Escritorio {__version__}")}
    for idioma in idiomas:
        prefijo = prefijo_del_idioma(idioma, idiomas)
        with idioma_pedido(idioma), en_idioma(idioma):
            archivos[prefijo + PAGINA_DE_ANCLAS] = pagina_de_anclas(
                anclas, idioma=idioma, idiomas=idiomas, asociacion=principal.asociacion["nombre"], prefijo=prefijo)
    return anclas, archivos


def _idiomas_del_sitio(contexto: Contexto, idiomas: list[str] | None) -> list[str]:
    """Los idiomas pedidos, sin repetir y en su orden; ninguno: el de los documentos (el pedido o el de la
    asociación)."""
    if not idiomas:
        return [idioma_del_documento(contexto)]
    return list(dict.fromkeys(leer_idioma(idioma) for idioma in idiomas))


def _identidad(contexto: Contexto) -> str:
    """De qué base y qué asociación es el sitio: otra no lo pisa."""
    return f"{tabla_documentos.identidad(contexto.db)}:{contexto.asociacion_id}"


def _aviso_de_privacidad(contexto: Contexto) -> dict:
    """Lo que dice el aviso de privacidad del sitio (cuando publica contactos): qué publica de las personas, para qué
    y con qué fundamento, la ley y a quién dirigir una solicitud (la política de datos de la asociación)."""
    from ..dominio.datos_personales import CLASE
    from .solicitudes_de_datos import (descripcion_de_la_ley, encargado_de_datos, politica, reclamo_ante_la_autoridad,
                                       tratamientos)

    publicados = [{"nombre": t["nombre"], "publicado": traducir(CLASE[t["clase"]].publicado),
                   "finalidad": t["finalidad"], "base_legal": t["base_legal"]}
                  for t in tratamientos(contexto) if not CLASE[t["clase"]].publicado.startswith("no se publica")]
    return {"ley": descripcion_de_la_ley(contexto), "contacto": politica(contexto).contacto,
            "tratamientos": publicados, "reclamo": reclamo_ante_la_autoridad(contexto),
            "encargado": encargado_de_datos(contexto)}
