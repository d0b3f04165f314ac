"""Verificar un documento emitido: un PDF o el código impreso en un papel, contra la base (nunca por lo que el
archivo dice de sí mismo). Lo usan «escritorio documento verificar» y Archivo > Verificar un documento…

Lee el código del texto y de los metadatos, lo busca en `documentos_emitidos`, compara el archivo con los emitidos
(sha256, también los firmados digitalmente; un lote de avisos es un archivo con una carta por documento) y, si no es
idéntico a ninguno, compara lo que el texto dice con lo que la base registra que el documento afirma. Después mira
si el registro cambió desde entonces (`vigencia.py`, `vigencia_de_listas.py`). Un PDF sin código que Escritorio
escribió para esta base (antes de que ese documento llevara código) se reconoce por sus metadatos y se dice así.

El informe separa lo que el documento dice (lo que se registró al emitirlo) de lo que la base dice HOY: un documento
reemplazado muestra los dos bloques, y el de hoy describe la base como está (sus erratas, el estado de su acta).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from escritorio import NOMBRE_APLICACION

from ..datos import documentos as tabla_documentos
from ..datos.base_de_datos import BaseDeDatos
from ..datos.bitacora import alta_sellada
from ..datos.verificacion import huella_del_sello
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio.verificacion import (ALTERADO, BORRADOR, REEMPLAZADO, SALIDAS, SIN_CODIGO, SIN_PRUEBA_DE_FECHA, VIGENTE,
                                    codigos_en, dice, normalizar_texto, tipo_en_palabras, veredicto_en_palabras,
                                    documento_de_la_firma)
from ..dominio.direccion_publica import codigo_de_lo_leido
from ..dominio import formato
from ..errores import ErrorEscritorio
from .vigencia import TIPOS_CON_REGISTRO, Estado, completar, estado_del_documento
from .vigencia_de_listas import estado_de_lista


@dataclass
class Verificacion:
    """El veredicto de una verificación, con todo lo que la explica."""

    veredicto: str                       # VIGENTE, REEMPLAZADO, ALTERADO, BORRADOR o SIN_CODIGO
    motivos: list[str] = field(default_factory=list)   # por qué (lo primero que hay que leer)
    codigo: str | None = None
    tipo: str | None = None
    documento: list[list[str]] = field(default_factory=list)  # qué dice el documento, registrado al emitirlo
    archivo: str | None = None           # qué se sabe del archivo (idéntico, firmado, solo su texto)
    emitido_en: str | None = None
    avisos: list[str] = field(default_factory=list)
    ruta: str | None = None
    base_hoy: list[list[str]] = field(default_factory=list)   # qué dice la base hoy del mismo registro
    bitacora: str | None = None          # la huella de la bitácora que el documento lleva al pie, contra la base
    fecha_probada: str | None = None     # desde cuándo lo prueba un sello de tiempo (prueba_de_fecha.py)

    @property
    def titulo(self) -> str:
        palabras = veredicto_en_palabras(self.veredicto)
        return palabras[0].upper() + palabras[1:]

    @property
    def salida(self) -> int:
        return SALIDAS[self.veredicto]

    def como_dict(self) -> dict:
        return {"veredicto": self.veredicto, "titulo": self.titulo, "codigo_salida": self.salida, "codigo": self.codigo,
                "tipo": self.tipo, "archivo": self.ruta, "sobre_el_archivo": self.archivo, "motivos": self.motivos,
                "documento": _como_dict(self.documento), "base_hoy": _como_dict(self.base_hoy),
                "bitacora": self.bitacora, "fecha_probada": self.fecha_probada, "emitido_en": self.emitido_en,
                "avisos": self.avisos}

    def lineas(self) -> list[str]:
        """El informe en texto, igual en la CLI y en la ventana. Un documento reemplazado muestra lo que dice (lo que
        se registró al emitirlo) y, aparte, lo que la base dice hoy; los demás, lo que la base registra de él."""
        lineas = [f"{self.titulo}."]
        lineas += [f"  {m}" for m in self.motivos]
        if self.codigo:
            lineas.append(traducir("Código de verificación: {0}").format(self.codigo))
        if self.archivo:
            lineas.append(traducir("Archivo: {0}").format(self.archivo))
        if self.bitacora:
            lineas.append(traducir("Bitácora: {0}").format(self.bitacora))
        if self.veredicto == REEMPLAZADO and self.base_hoy:
            lineas += _bloque(traducir("Lo que dice este documento (registrado al emitirlo):"), self.documento)
            lineas += _bloque(traducir("Según la base de datos hoy:"), self.base_hoy)
        else:
            lineas += _bloque(traducir("Según la base de datos:"), self.documento)
        if self.emitido_en:
            lineas.append(traducir("Emitido: {0} (hora UTC de la base)").format(self.emitido_en))
        if self.fecha_probada:
            lineas.append(traducir("Fecha probada: {0}").format(self.fecha_probada))
        lineas += [traducir("AVISO: {0}").format(a) for a in self.avisos]
        return lineas


def _bloque(titulo: str, pares: list[list[str]]) -> list[str]:
    """«Según la base de datos:» y sus rótulos alineados (los de un documento emitido van como se guardaron)."""
    if not pares:
        return []
    ancho = max(len(r) for r, _ in pares)
    return [titulo] + [f"  {r + ':':<{ancho + 1}} {v}" for r, v in pares]


def _como_dict(pares: list[list[str]]) -> dict[str, str]:
    """[[rótulo, valor]…] -> {rótulo: valor}; un rótulo repetido (un saldo por moneda) sigue como «Saldo (2)»."""
    resultado: dict[str, str] = {}
    for rotulo, valor in pares:
        clave, n = rotulo, 1
        while clave in resultado:
            n += 1
            clave = f"{rotulo} ({n})"
        resultado[clave] = valor
    return resultado


def _desconocido(motivo: str, codigo: str | None = None, ruta: str | None = None,
                 archivo: str | None = None) -> Verificacion:
    return Verificacion(ALTERADO, [motivo], codigo=codigo, ruta=ruta, archivo=archivo)


def _codigo_sin_sello() -> str:
    return segun_la_puerta(
        ventana=traducir("El código {0} figura en el registro de documentos de la base, pero ese registro no está en "
                         "la bitácora sellada: se agregó o se cambió por fuera de Escritorio, y no prueba nada. Revise "
                         "la base en el menú Archivo, «Verificar la base…» (en un servidor, avise a quien lo "
                         "administra)."),
        linea=traducir("El código {0} figura en el registro de documentos de la base, pero ese registro no está en la "
                       "bitácora sellada: se agregó o se cambió por fuera de Escritorio, y no prueba nada. Corra "
                       "«escritorio verificar» (en un servidor, avise a quien lo administra)."))


def _con_quien(archivo: str, sello: dict) -> str:
    """Lo que se sabe del archivo, con quién lo registró (el login del servidor, o quien operaba en este equipo)."""
    quien = sello.get("operador") or sello.get("usuario")
    return traducir("{0}; lo registró {1}").format(archivo, quien) if quien else archivo


def _estado(db: BaseDeDatos, documento: dict) -> Verificacion:
    """Vigente, reemplazado o borrador, con lo que dice el documento y lo que dice la base hoy."""
    resumen = json.loads(documento["resumen"])
    if documento["tipo"] in TIPOS_CON_REGISTRO:
        estado: Estado = estado_del_documento(db, documento)
    else:
        estado = estado_de_lista(db, documento, resumen)
    completar(db, documento, estado)
    resultado = Verificacion(estado.veredicto, estado.motivos, codigo=documento["codigo"], tipo=documento["tipo"],
                             documento=resumen.get("datos", []), emitido_en=documento["emitido_en"],
                             avisos=estado.avisos, base_hoy=estado.hoy)
    _sin_fe_si_cambio_lo_congelado(db, documento, resultado)
    if resultado.veredicto != ALTERADO:
        _fecha_del_registro(db, documento, resultado)
    return resultado


def _fecha_del_registro(db: BaseDeDatos, documento: dict, resultado: Verificacion) -> None:
    """Desde cuándo prueba un sello de tiempo que la base ya tenía registrado el documento (issue 77, §2): si el
    único que lo cubre es muy posterior a la hora que la base le da, no se lo llama auténtico."""
    from ..datos.sello_de_tiempo import sello_del_alta
    from .prueba_de_fecha import fecha_probada

    sello = sello_del_alta(db, "documentos_emitidos", documento["id"])
    fecha = fecha_probada(db, sello) if sello is not None else None
    if fecha is None:   # la base no guarda sellos de tiempo: la fecha la dice solo ella (como siempre)
        return
    if fecha.probado_en is None:
        resultado.fecha_probada = traducir("ninguna todavía: ningún sello de tiempo cubre este registro (se pide "
                                           "después de la próxima escritura); la fecha la dice solo esta base.")
        return
    cuando = formato.fecha_y_hora(fecha.probado_en.astimezone(), segundos=True)
    resultado.fecha_probada = traducir("el registro existía el {0} (sello de tiempo de {1}).").format(cuando, fecha.tsa)
    if not fecha.tarde:
        return
    escrito = formato.fecha_y_hora(fecha.escrito_en.astimezone(), segundos=True)
    resultado.veredicto = SIN_PRUEBA_DE_FECHA
    resultado.motivos = [traducir(
        "La base dice que registró este documento el {0}, pero el primer sello de tiempo que lo cubre es del {1}: "
        "prueba que existía el {1}, no antes. Quien rehízo la historia de la base pudo pedirlo después, así que no "
        "se da por auténtico.").format(escrito, cuando), segun_la_puerta(
        ventana=traducir("Compárelo con el papel firmado o con un sello de tiempo (.tsr) exportado antes, y revise la "
                         "base en el menú Archivo, «Verificar la base…»."),
        linea=traducir("Compárelo con el papel firmado o con un sello de tiempo (.tsr) exportado antes (escritorio "
                       "verificar --ancla ARCHIVO.tsr)."))] + resultado.motivos


def _sin_fe_si_cambio_lo_congelado(db: BaseDeDatos, documento: dict, resultado: Verificacion) -> None:
    """Que Escritorio haya registrado la emisión no basta: el registro del que salió (el acta aprobada, la resolución,
    el pago) tiene que ser el que Escritorio selló al congelarlo, sin un incidente sin reconocer que lo toque. Si no,
    el documento no se da por auténtico (pudo emitirse desde una fila cambiada por fuera: servicios/congelados.py)."""
    from .congelados import filas_del_documento, impedimentos

    filas = filas_del_documento(db, documento["tipo"], documento["referencia"])
    if not filas:
        return
    impedimento = impedimentos(db, filas)
    if not impedimento:
        return
    resultado.veredicto = ALTERADO
    resultado.motivos = [traducir(
        "Escritorio registró la emisión de este documento (ese registro está en la bitácora sellada), pero el "
        "registro de la base del que sale fue cambiado por fuera de Escritorio, o lo tocó otro programa: la base ya "
        "no puede dar fe de lo que dice. No se da por auténtico:")] + [f"• {m}" for m in impedimento.motivos()] + [
        segun_la_puerta(
            ventana=traducir("Compárelo con el papel firmado o con un documento emitido antes del cambio, y revise la "
                             "base en el menú Archivo, «Verificar la base…»."),
            linea=traducir("Compárelo con el papel firmado o con un documento emitido antes del cambio, y corra "
                           "«escritorio verificar»."))]


def verificar_codigo(db: BaseDeDatos, codigo: str) -> Verificacion:
    """Para quien tiene el papel: el código impreso (con o sin guiones, en minúsculas, con O por 0…) o lo que leyó
    de su QR: el código solo o, en un documento impreso con la dirección pública de la asociación, la dirección de
    su página de verificación («https://…/verificar/7K2M-QX4P-9D0B.html»), de la que se toma el código."""
    normal = codigo_de_lo_leido(codigo)
    if normal is None:
        raise ErrorEscritorio(traducir("«{0}» no es un código de verificación: tiene 12 letras y cifras en tres grupos, "
                                       "como 7K2M-QX4P-9D0B (sin I, L, O ni U). Cópielo del pie del documento.").format(
            str(codigo)[:40]))
    documento = tabla_documentos.documento_por_codigo(db, normal)
    if documento is None:
        return _desconocido(traducir("Ningún documento emitido por esta base tiene el código {0}: es de otra base de "
                                     "datos, está mal copiado o es falso.").format(normal), normal)
    if alta_sellada(db, "documentos_emitidos", documento["id"]) is None:
        return _desconocido(_codigo_sin_sello().format(normal), normal)
    resultado = _estado(db, documento)
    resultado.archivo = traducir("ninguno: se verificó solo el código (compare el papel con estos datos)")
    return resultado


def verificar_archivo(db: BaseDeDatos, ruta: Path | str) -> Verificacion:
    """Verifica un PDF: lo busca entre los archivos emitidos y los firmados (idéntico byte a byte) y, si no
    está, por el código de su texto o metadatos y lo que su texto dice."""
    from ..documentos.pdf.lectura import leer_pdf

    pdf = leer_pdf(ruta, con_texto=False)  # el texto de un padrón de cientos de páginas, solo si hace falta
    nombre = str(pdf.ruta)
    resultado = _identico(db, pdf, hashlib.sha256(pdf.contenido).hexdigest())
    if resultado is None:
        pdf = leer_pdf(ruta)
        # 3. No es ninguno de los emitidos: el código que dice llevar, y lo que dice su texto.
        resultado = _por_su_texto(db, pdf, codigos_en(pdf.texto), codigos_en(pdf.metadatos))
        if b"/ByteRange" in pdf.contenido:
            resultado.avisos.append(segun_la_puerta(
                ventana=traducir("El archivo tiene firmas digitales, pero no es ninguno de los PDF firmados que la base "
                                 "guarda: verifíquelas con «Verificar otro PDF…», en el diálogo «Firmar "
                                 "digitalmente…» de un acta o una resolución."),
                linea=traducir("El archivo tiene firmas digitales, pero no es ninguno de los PDF firmados que la base "
                               "guarda: verifíquelas con «escritorio firma verificar».")))
    resultado.ruta = nombre
    if resultado.veredicto != ALTERADO:
        _bitacora_del_pie(db, pdf.metadatos, resultado)
    return resultado


def copia_registrada(db: BaseDeDatos, archivo_id: int) -> bool:
    """¿La bitácora sellada cubre el registro de esta copia emitida (`archivos_emitidos`)? Una copia agregada o cambiada
    por fuera de Escritorio no prueba nada. La regla de `documento verificar` y de la página de verificación
    publicada: las dos reconocen solo estas copias."""
    return _sello_de_la_copia(db, archivo_id) is not None


def _sello_de_la_copia(db: BaseDeDatos, archivo_id: int) -> dict | None:
    """El sello que cubre el registro de la copia (quién la registró y cuándo), o None (`copia_registrada`)."""
    return alta_sellada(db, "archivos_emitidos", archivo_id)


def _identico(db: BaseDeDatos, pdf, sha: str) -> Verificacion | None:
    """El veredicto de un archivo idéntico byte a byte a uno emitido o firmado; None si no es ninguno."""
    # 1. Idéntico a un archivo emitido: el archivo es el que Escritorio escribió. Solo vale un registro que la
    # bitácora sellada cubre (el suyo y el de su documento): uno agregado a mano no prueba nada.
    sin_sello = None
    encontrados = []
    for archivo in tabla_documentos.archivos_por_sha256(db, sha):
        documento = tabla_documentos.documento_por_id(db, archivo["documento_id"])
        sello = _sello_de_la_copia(db, archivo["archivo_id"])
        if sello is None or documento is None or alta_sellada(db, "documentos_emitidos", documento["id"]) is None:
            sin_sello = sin_sello or traducir("la copia {0} del documento {1}").format(
                archivo["copia"], documento["codigo"] if documento else "?")
            continue
        encontrados.append((archivo, documento, sello))
    if sin_sello is None and len({d["id"] for _, d, _ in encontrados}) > 1:
        return _lote(db, encontrados)
    if sin_sello is None and encontrados:
        archivo, documento, sello = encontrados[0]
        if not _dice_lo_registrado(pdf, archivo.get("texto")):
            return _desconocido(traducir(
                "El archivo es idéntico byte a byte a la copia {0} del documento {1} según el registro de la base, pero "
                "ese registro guarda otro texto que el del archivo. Al emitir, Escritorio guarda el texto del archivo "
                "que escribe: ese registro no lo escribió Escritorio (se agregó por fuera, aunque se haya sellado), y "
                "no prueba nada. No se da por auténtico.").format(archivo["copia"], documento["codigo"]) + " " + segun_la_puerta(
                ventana=traducir("Revise la base en el menú Archivo, «Verificar la base…», y compare con el original."),
                linea=traducir("Corra «escritorio verificar» y compare con el original.")),
                archivo=traducir("registrado por fuera de Escritorio"))
        resultado = _estado(db, documento)
        if archivo["copia"] == 0:
            resultado.archivo = traducir("idéntico byte a byte al original, generado el {0} (hora UTC)").format(
                archivo["generado_en"])
        else:
            resultado.archivo = traducir("idéntico byte a byte a la copia {0} (una reimpresión), generado el {1} (hora "
                                         "UTC)").format(archivo["copia"], archivo["generado_en"])
        resultado.archivo = _con_quien(resultado.archivo, sello)
        return resultado
    # 2. Idéntico a un PDF firmado digitalmente que la base guarda.
    en_metadatos = codigos_en(pdf.metadatos)
    for firma in tabla_documentos.firmas_por_sha256(db, sha):
        sello = alta_sellada(db, "firmas_digitales", firma["id"])
        if sello is None:
            sin_sello = sin_sello or traducir("el PDF firmado por {0} el {1}").format(firma["firmante"],
                                                                                    firma["firmado_en"])
            continue
        documentos = tabla_documentos.documentos_de(db, firma["tipo"], firma["referencia"])
        documento = documento_de_la_firma(documentos, en_metadatos)
        quien = _con_quien(traducir("idéntico al PDF firmado digitalmente por {0} el {1}, que la base guarda").format(
            firma["firmante"], firma["firmado_en"]), sello)
        if documento is None:
            return Verificacion(VIGENTE, [traducir("Es un PDF firmado digitalmente que la base guarda ({0}).").format(
                tipo_en_palabras(firma["tipo"]).lower())], tipo=firma["tipo"], archivo=quien)
        resultado = _estado(db, documento)
        resultado.archivo = quien
        return resultado
    if sin_sello is not None:
        return _desconocido(segun_la_puerta(
            ventana=traducir("El archivo es idéntico a {0} según el registro de documentos de la base, pero ese registro "
                             "no está en la bitácora sellada: se agregó o se cambió por fuera de Escritorio, y no "
                             "prueba nada. No se da por auténtico. Revise la base en el menú Archivo, «Verificar la "
                             "base…» (en un servidor, avise a quien lo administra)."),
            linea=traducir("El archivo es idéntico a {0} según el registro de documentos de la base, pero ese registro "
                           "no está en la bitácora sellada: se agregó o se cambió por fuera de Escritorio, y no prueba "
                           "nada. No se da por auténtico. Corra «escritorio verificar» (en un servidor, avise a quien lo "
                           "administra).")).format(sin_sello),
            archivo=traducir("registrado por fuera de Escritorio"))
    return None


def _dice_lo_registrado(pdf, texto_registrado: str | None) -> bool:
    """¿El archivo dice el texto que su registro guarda? Escritorio guarda, al emitir, el texto (con espacios simples)
    del archivo que escribe (salvo un lote o un listado largo: None, y no hay con qué comparar). Un registro agregado
    por fuera con el SHA-256 de un PDF armado por fuera y otro texto no pasa por auténtico."""
    if texto_registrado is None:
        return True
    from ..documentos.pdf.lectura import leer_pdf

    return " ".join(leer_pdf(pdf.ruta).texto.split()) == texto_registrado


_DICHOS_DEL_LOTE = 20


def _lote(db: BaseDeDatos, encontrados: list[tuple[dict, dict, dict]]) -> Verificacion:
    """Un archivo con varios documentos (un lote de avisos de cobro: una carta por página, cada una con su código):
    cada uno se verifica; el lote está vigente si lo están todos, y alterado si uno sale de filas que cambiaron por
    fuera de Escritorio (la carta de quien tiene un pago forjado)."""
    estados = []
    for _, documento, _ in encontrados:
        estado = _estado(db, documento)
        _sin_fe_si_cambio_lo_congelado(db, documento, estado)
        estados.append((documento, estado))
    # los alterados primero: son los que se nombran aunque el lote tenga muchos no vigentes
    reemplazados = sorted(((d, e) for d, e in estados if e.veredicto != VIGENTE),
                          key=lambda par: par[1].veredicto != ALTERADO)
    alterados = [d for d, e in estados if e.veredicto == ALTERADO]
    archivo, _, sello = encontrados[0]
    motivos = [traducir("Es un lote de {0} documentos emitidos juntos en este archivo; cada uno lleva su código y se "
                        "verifica solo (también con el código de su página).").format(len(estados))]
    for documento, estado in (reemplazados or estados)[:_DICHOS_DEL_LOTE]:
        titulo = json.loads(documento["resumen"]).get("titulo") or tipo_en_palabras(documento["tipo"])
        motivos.append(traducir("• {0} ({1}): {2}.").format(titulo, documento["codigo"],
                                                             veredicto_en_palabras(estado.veredicto)))
        if estado.veredicto != VIGENTE:
            motivos += [f"    {m}" for m in estado.motivos if not m.startswith(traducir("La versión vigente"))]
    restantes = len(reemplazados or estados) - _DICHOS_DEL_LOTE
    if restantes > 0:
        motivos.append(traducir("• y {0} más.").format(restantes))
    if reemplazados:
        motivos.append(traducir("Los otros {0} siguen vigentes.").format(len(estados) - len(reemplazados)))
    datos = [[traducir("Documentos"), str(len(estados))],
             [traducir("Vigentes"), str(len(estados) - len(reemplazados))],
             [traducir("Reemplazados"), str(len(reemplazados) - len(alterados))]]
    if alterados:
        datos.append([traducir("Alterados o desconocidos"), str(len(alterados))])
    veredicto = ALTERADO if alterados else REEMPLAZADO if reemplazados else VIGENTE
    return Verificacion(veredicto, motivos, tipo=encontrados[0][1]["tipo"],
                        documento=datos, emitido_en=encontrados[0][1]["emitido_en"], archivo=_con_quien(traducir(
                            "idéntico byte a byte al lote generado el {0} (hora UTC)").format(archivo["generado_en"]),
                            sello))


# «Huella de la bitácora de Escritorio: sello 1234, SHA-256 …» en las palabras clave de las actas, recibos,
# resoluciones y estados de cuenta (antes del issue 43, «Registro de Escritorio: sello 1234, huella SHA-256 …»).
_BITACORA = re.compile(r"(?:sello|selo|seal)\s+(\d+)[^;\n]{1,40}?\b([0-9a-f]{64})\b", re.IGNORECASE)


def _bitacora_del_pie(db: BaseDeDatos, metadatos: str, resultado: Verificacion) -> None:
    """La huella de la bitácora que el documento lleva al pie («Huella de la bitácora: sello N · …»): de qué es y si
    la base la tiene igual (un papel guarda la cabeza de la cadena fuera de la base)."""
    encontrada = _BITACORA.search(metadatos or "")
    if encontrada is None:
        return
    sello, huella = int(encontrada[1]), encontrada[2].lower()
    actual = huella_del_sello(db, sello)
    if actual == huella:
        resultado.bitacora = traducir("la «huella de la bitácora» del pie (sello {0}, {1}…) es la de la cadena de la "
                                      "bitácora de toda la base cuando se generó, no la del documento; la base tiene "
                                      "ese sello igual.").format(sello, huella[:16])
    else:
        resultado.bitacora = traducir("la «huella de la bitácora» del pie (sello {0}, {1}…) es la de la cadena de la "
                                      "bitácora de toda la base cuando se generó, no la del documento; la base ya no "
                                      "tiene ese sello así.").format(sello, huella[:16])
        resultado.avisos.append(segun_la_puerta(
            ventana=traducir("La bitácora de la base no tiene el sello {0} con la huella que el documento lleva al pie: "
                             "compruébelo en el menú Archivo, «Verificar la base…», «Comprobar un ancla:», con "
                             "«Archivos…» (elija este PDF)."),
            linea=traducir("La bitácora de la base no tiene el sello {0} con la huella que el documento lleva al pie: "
                           "corra «escritorio verificar --ancla ARCHIVO.pdf».")).format(sello))


def _sin_codigo(db: BaseDeDatos, pdf) -> Verificacion:
    """Un PDF sin código: si sus metadatos dicen que Escritorio lo escribió para una asociación de esta base, se dice
    así (un documento de esta base emitido antes de que llevara código); si no, que no se lo puede reconocer."""
    info = pdf.info
    de_escritorio = any(str(info.get(clave, "")).startswith(NOMBRE_APLICACION) for clave in ("Creator", "Producer"))
    if not de_escritorio:
        return _desconocido(traducir("El archivo no lleva un código de verificación de Escritorio (ni en el texto ni en "
                                     "sus metadatos) y sus metadatos no dicen que lo haya escrito Escritorio: no es un "
                                     "documento que esta base pueda reconocer."))
    autor = " ".join(str(info.get("Author", "")).split())
    titulo = " ".join(str(info.get("Title", "")).split()) or traducir("sin título")
    if autor not in tabla_documentos.firmantes_de_asociaciones(db):
        return _desconocido(traducir("Según sus metadatos, Escritorio escribió este PDF («{0}») para «{1}», que no es "
                                     "una asociación de esta base, y no lleva código de verificación: no es un "
                                     "documento de esta base.").format(titulo, autor or "—"))
    emitido = _fecha_pdf(str(info.get("CreationDate", "")))
    return Verificacion(SIN_CODIGO, [
        traducir("Según sus metadatos, es un documento de esta base, sin código de verificación: «{0}», de {1}, emitido "
                 "el {2}. Se generó antes de que ese documento llevara código (o desde una base abierta solo para "
                 "consultar).").format(titulo, autor, emitido),
        traducir("Sin código no se puede comprobar contra la base que diga lo que se registró (los metadatos de un PDF "
                 "se pueden escribir a mano). Para tener uno verificable, vuelva a generarlo desde Escritorio: sale con "
                 "su código.")],
        archivo=traducir("no es ninguno de los archivos emitidos con código"))


def _fecha_pdf(valor: str) -> str:
    """«D:20260312103000-03'00'» -> «12/03/2026 10:30»; lo que no se entiende, tal cual."""
    encontrada = re.match(r"D?:?(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?", valor)
    if not encontrada:
        return valor or "—"
    anio, mes, dia, hora, minuto = encontrada.groups()
    return formato.fecha(f"{anio}-{mes}-{dia}") + (f" {hora}:{minuto or '00'}" if hora else "")


def _por_su_texto(db: BaseDeDatos, pdf, en_texto: list[str], en_metadatos: list[str]) -> Verificacion:
    codigos = en_texto + [c for c in en_metadatos if c not in en_texto]
    if not codigos:
        return _sin_codigo(db, pdf)
    if len(codigos) > 1:
        if len(set(en_texto)) == len(en_texto) > 1 and set(en_metadatos) <= set(en_texto) and all(
                tabla_documentos.documento_por_codigo(db, c) is not None for c in en_texto):
            return _desconocido(traducir(
                "El archivo lleva {0} códigos de verificación de esta base: es un lote (como los avisos de cobro, una "
                "carta por página), pero no es idéntico byte a byte al archivo emitido. Verifique cada documento por "
                "el código de su página («documento verificar --codigo …»), o vuelva a generar el lote desde "
                "Escritorio.").format(len(en_texto)))
        return _desconocido((traducir("El archivo lleva más de un código de verificación ({0}): el del texto no coincide "
                                      "con el de los metadatos.") if en_texto and en_metadatos else
                             traducir("El archivo lleva más de un código de verificación ({0}): un documento emitido "
                                      "lleva uno solo.")).format(", ".join(codigos)))
    codigo = codigos[0]
    documento = tabla_documentos.documento_por_codigo(db, codigo)
    if documento is None:
        return _desconocido(traducir("El código {0} que lleva el archivo no es de ningún documento emitido por esta "
                                     "base: es de otra base de datos, o es falso.").format(codigo), codigo)
    if alta_sellada(db, "documentos_emitidos", documento["id"]) is None:
        return _desconocido(_codigo_sin_sello().format(codigo), codigo)
    resumen = json.loads(documento["resumen"])
    texto = normalizar_texto(pdf.texto)
    emitidos = [a for a in tabla_documentos.archivos_de(db, documento["id"]) if a.get("texto")]
    igual = next((a for a in emitidos if normalizar_texto(a["texto"]) == texto), None)
    if not en_texto:
        diferencias = [traducir("el código no está en el texto del documento (solo en sus metadatos)")]
    else:
        diferencias = [_diferencia(rotulo, valor, pdf.texto, resumen)
                       for rotulo, valor, *en_otro_idioma in resumen.get("afirma", [])
                       if not any(dice(texto, v) for v in (valor, *en_otro_idioma))]
        if igual is None and emitidos:
            diferencias.append(_otro_texto(" ".join(pdf.texto.split()), emitidos))
    resultado = _estado(db, documento)
    if diferencias:
        titulo = resumen["titulo"] if "titulo" in resumen else traducir("un documento")
        return Verificacion(ALTERADO, [traducir("El archivo lleva el código {0} de {1}, pero no dice lo que ese "
                                                "documento dice:").format(codigo, titulo)]
                            + [f"• {d}" for d in diferencias],
                            codigo=codigo, tipo=documento["tipo"], documento=resultado.documento,
                            archivo=traducir("no es ninguno de los archivos emitidos y su texto difiere"),
                            emitido_en=documento["emitido_en"])
    if igual is None:
        resultado.archivo = traducir(
            "no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o "
            "firmarse por fuera de Escritorio), pero su texto dice lo mismo que la base: número, nombres, importes y "
            "huellas coinciden")
    elif igual["copia"] == 0:
        resultado.archivo = traducir(
            "no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o "
            "firmarse por fuera de Escritorio), pero su texto dice lo mismo que el original emitido, palabra por "
            "palabra")
    else:
        resultado.archivo = traducir(
            "no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o "
            "firmarse por fuera de Escritorio), pero su texto dice lo mismo que la copia {0} emitida, palabra por "
            "palabra").format(igual["copia"])
    if resultado.veredicto in (VIGENTE, BORRADOR):
        # Que el texto coincida no prueba lo que se VE: un importe tapado con un rectángulo y dibujado encima, o un
        # texto invisible, dejan el mismo texto. Solo el archivo emitido (o el firmado guardado) es auténtico.
        titulo = resumen["titulo"] if "titulo" in resumen else traducir("un documento")
        return Verificacion(ALTERADO, [traducir(
            "El archivo lleva el código {0} de {1} y su texto coincide con lo que la base registra, pero no es el "
            "archivo que emitió Escritorio: lo que muestra (dibujos, imágenes, texto tapado) no se puede garantizar. "
            "Compárelo con el original, o vuelva a generar el documento desde Escritorio (sale como copia, con el "
            "mismo código).").format(codigo, titulo)],
            codigo=codigo, tipo=documento["tipo"], documento=resultado.documento, archivo=resultado.archivo,
            emitido_en=documento["emitido_en"])
    return resultado


def _otro_texto(texto: str, emitidos: list[dict]) -> str:
    """Dónde el texto del archivo se aparta del emitido más parecido: «donde el emitido dice «…» el archivo dice
    «…»», con unas palabras de contexto."""
    import difflib

    palabras = texto.split()
    mejor, ratio = None, -1.0
    for archivo in emitidos:
        comparador = difflib.SequenceMatcher(None, archivo["texto"].split(), palabras, autojunk=False)
        if comparador.quick_ratio() > ratio:
            mejor, ratio = comparador, comparador.quick_ratio()
    emitido = mejor.a
    for operacion, a0, a1, b0, b1 in mejor.get_opcodes():
        if operacion == "equal":
            continue
        antes = " ".join(emitido[max(a0 - 4, 0):a0])
        dijo = " ".join(emitido[a0:min(a1, a0 + 12)]) + (" …" if a1 - a0 > 12 else "")
        dice_ahora = " ".join(palabras[b0:min(b1, b0 + 12)]) + (" …" if b1 - b0 > 12 else "")
        lugar = traducir("después de «{0}», ").format(antes) if antes else traducir("al comienzo, ")
        if operacion == "delete":
            return traducir("Texto: {0}el emitido dice «{1}» y el archivo no lo dice.").format(lugar, dijo)
        if operacion == "insert":
            return traducir("Texto: {0}el archivo agrega «{1}», que el emitido no dice.").format(lugar, dice_ahora)
        return traducir("Texto: {0}el emitido dice «{1}» y el archivo dice «{2}».").format(lugar, dijo, dice_ahora)
    return traducir("Texto: difiere del emitido en espacios o signos.")


def _diferencia(rotulo: str, valor: str, texto: str, resumen: dict) -> str:
    """«Importe: la base dice «USD 1.400,00»; el archivo no lo dice (dice «USD 9.400,00»)»."""
    dicho = ""
    moneda = resumen.get("moneda")
    if rotulo == "Importe" and moneda:
        otros = [m.group(0) for m in re.finditer(rf"{re.escape(moneda)}\s?[\d.]+,\d+", texto or "")]
        otros = [o for o in dict.fromkeys(otros) if normalizar_texto(o) != normalizar_texto(valor)]
        if otros:
            dicho = traducir(" (dice «{0}»)").format(otros[0])
    return traducir("{0}: la base dice «{1}»; el archivo no lo dice{2}.").format(rotulo, valor, dicho)
