"""Documentos de archivo verificables: emitir (código de verificación, registro del documento y del archivo
generado, en una transacción) y verificar un PDF o un código contra la base.

El código sale de la huella del registro (`dominio.verificacion.codigo_de`): el mismo registro da siempre el
mismo código, y un registro que cambia (un acta con una fe de erratas nueva, un estado de cuenta con otro pago)
da otro. Qué huella tiene cada tipo:
- acta: `actas.huella` (se fija al aprobarla); si tiene fe de erratas, el SHA-256 de esa huella y de las
  erratas (el PDF las imprime como anexo, así que dice otra cosa);
- resolución: el SHA-256 de su fila, de la votación y la sesión que la adoptaron y de la huella del acta que
  la contiene (o de que el acta está en borrador: el documento lo dice);
- recibo: el SHA-256 del pago, el número de recibo y las imputaciones del recibo (sin la anulación: un recibo
  anulado sigue siendo el mismo recibo; la verificación dice que está anulado);
- estado de cuenta: el SHA-256 de lo que dice, cuenta por cuenta, a su fecha.

Verificar nunca confía en el archivo: lee el código de su texto y de sus metadatos, lo busca en
`documentos_emitidos`, compara el archivo con los emitidos (sha256, también los firmados digitalmente) y, si no
es idéntico a ninguno, compara lo que el texto dice con lo que la base dice que el documento afirma. Después
mira si el registro cambió desde entonces (reemplazado) o no (vigente).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from ..datos.base_de_datos import BaseDeDatos

from ..datos import documentos as tabla
from ..datos.bitacora import alta_sellada
from ..datos.conexion import solo_lectura, transaccion
from ..datos.testigo import cabeza_de_cadena
from ..dominio.dinero import formatear
from ..dominio.direccion_publica import codigo_de_lo_leido
from ..dominio.sesiones import METODOS
from ..dominio.traduccion import traducir
from ..idiomas.traduccion import en_cada_idioma
from ..dominio.verificacion import (ALTERADO, REEMPLAZADO, SALIDAS, VIGENTE, Sello, codigo_de, codigos_en, dice,
                                    huella_de, normalizar_codigo, normalizar_texto, tipo_en_palabras,
                                    veredicto_en_palabras)
from ..errores import ErrorEscritorio
from .archivos import destino_del_archivo, escribir_archivo
from .contexto import Contexto
from .direccion_publica import pagina_de_verificacion
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos

T = TypeVar("T")


def _fecha(valor: str | date | None) -> str:
    """AAAA-MM-DD -> dd/mm/aaaa, como en los documentos."""
    if not valor:
        return "—"
    dia = valor if isinstance(valor, date) else date.fromisoformat(str(valor)[:10])
    return f"{dia.day:02d}/{dia.month:02d}/{dia.year:04d}"


# --- lo que se emite ----------------------------------------------------------------------------------------


@dataclass
class Emision:
    """Un documento a punto de emitirse: el registro, su huella y lo que el documento afirma.

    `resumen`: {"titulo": «Recibo N.º 0003/2026», "datos": [[rótulo, valor]…] (para mostrar qué es),
    "afirma": [[rótulo, valor]…] (lo que su texto debe decir, tal como se imprime), y lo propio de cada tipo}."""

    asociacion_id: int
    tipo: str
    referencia: int
    huella: str
    resumen: dict

    def codigo(self, db: BaseDeDatos) -> str:
        return codigo_de(tabla.identidad(db), self.tipo, self.referencia, self.huella)


def proxima_copia(db: BaseDeDatos, emision: Emision | None) -> int | None:
    """Qué sería el próximo archivo de `emision`: 0 el original (nunca se generó), 1, 2… una reimpresión, que dice
    COPIA. None si no lleva código (sin emisión: un acta en borrador). La regla de `emitir`, para decirla antes."""
    if emision is None:
        return None
    previo = tabla.documento_del_registro(db, emision.tipo, emision.referencia, emision.huella)
    return tabla.proxima_copia(db, previo["id"]) if previo else 0


def emitir(db: BaseDeDatos, emision: Emision | None, ruta: Path | str, escribir: Callable[[Sello | None], T], *,
           vista_previa: bool = False) -> T:
    """Escribe el documento con su código y, en la MISMA transacción, registra el documento (la primera vez) y el
    SHA-256 del archivo escrito como original (copia 0) o reimpresión (1, 2…). Si algo falla no queda ni el
    registro ni un archivo nuevo a medias. `escribir(sello)` escribe el PDF en `ruta`.

    Sin emisión (un acta en borrador) escribe sin código. En una base abierta solo para consultar no se registra
    nada: el documento lleva su código solo si ya se había emitido (y verifica por su texto).

    Con `vista_previa` escribe lo que saldría ahora (el original o la próxima COPIA, con su código) sin registrar
    nada: mirar un documento en pantalla no gasta su original; lo gasta imprimirlo o guardarlo."""
    if emision is None:
        return escribir(None)
    ruta = Path(ruta)
    codigo = emision.codigo(db)
    # Con la dirección pública de la asociación, el QR lleva la página de verificación del documento.
    contexto = Contexto(db, emision.asociacion_id)
    if solo_lectura(db) is not None:
        previo = tabla.documento_del_registro(db, emision.tipo, emision.referencia, emision.huella)
        return escribir(Sello(codigo, tabla.proxima_copia(db, previo["id"]), pagina_de_verificacion(contexto, codigo))
                        if previo else None)
    if vista_previa:
        return escribir(Sello(codigo, proxima_copia(db, emision), pagina_de_verificacion(contexto, codigo)))
    existia = ruta.exists()
    with transaccion(db):
        previo = tabla.documento_del_registro(db, emision.tipo, emision.referencia, emision.huella)
        documento_id = previo["id"] if previo else tabla.agregar_documento(
            db, asociacion_id=emision.asociacion_id, codigo=codigo, tipo=emision.tipo, referencia=emision.referencia,
            huella=emision.huella, resumen=json.dumps(emision.resumen, ensure_ascii=False))
        copia = tabla.proxima_copia(db, documento_id)
        resultado = escribir(Sello(codigo, copia, pagina_de_verificacion(contexto, codigo)))
        try:
            from ..documentos.pdf.lectura import leer_pdf

            escrito = leer_pdf(ruta)  # su texto, para decir después qué cambió en una copia alterada
            tabla.agregar_archivo(db, documento_id, hashlib.sha256(escrito.contenido).hexdigest(), copia,
                                  " ".join(escrito.texto.split()))
        except BaseException:
            if not existia:  # un archivo sin registro no verificaría: no queda
                ruta.unlink(missing_ok=True)
            raise
    return resultado


def _comprobar(fila: dict | None, asociacion_id: int, que: str) -> dict:
    if fila is None or fila.get("asociacion_id") != asociacion_id:
        raise ErrorEscritorio(traducir("No existe {0} en esta asociación.").format(que))
    return fila


# acta

def _huella_acta(huella_aprobada: str, erratas: list[dict]) -> str:
    if not erratas:
        return huella_aprobada
    return huella_de({"acta": huella_aprobada, "erratas": [[e["id"], e["fecha"], e["texto"]] for e in erratas]})


def emision_acta(contexto: Contexto, sesion_id: int, acta) -> Emision | None:
    """La emisión del acta de la sesión (`acta`: servicios.actas.Acta); None si es un borrador (no lleva código:
    todavía puede cambiar)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    fila = tabla.acta_de_la_sesion(db, sesion_id)
    if fila is None or acta.estado == "borrador" or not acta.huella:
        return None
    datos_acta = _comprobar(tabla.acta_por_id(db, fila["id"]), asociacion_id, traducir("el acta"))
    erratas = tabla.erratas_del_acta(db, fila["id"])
    ct = acta.contenido
    titulo = f"Acta N.º {ct.numero}"
    aprobada = "Aprobada" + (f" por {acta.aprobada_por}" if acta.aprobada_por else "") + \
               (f" el {_fecha(acta.aprobada_el)}" if acta.aprobada_el else "")
    resumen = {
        "titulo": f"{titulo} · {ct.organo}",
        "datos": [["Documento", titulo], ["Órgano", ct.organo], ["Sesión", ct.titulo],
                  ["Fecha de la sesión", _fecha(ct.fecha)], ["Aprobación", aprobada],
                  ["Huella SHA-256 del acta", acta.huella],
                  ["Fe de erratas", f"{len(erratas)}, la última del {_fecha(erratas[-1]['fecha'])}" if erratas
                   else "ninguna"]],
        # Lo que el PDF dice, en cualquiera de sus idiomas: «Acta N.º 21» o «Ata n.º 21» (pdf.acta.titulo_acta).
        "afirma": [["Número", *en_cada_idioma(lambda: traducir("Acta N.º {0}").format(ct.numero))],
                   ["Huella SHA-256", acta.huella]] +
                  [[f"Fe de erratas del {_fecha(e['fecha'])}", e["texto"][:80]] for e in erratas],
        "erratas": [e["id"] for e in erratas], "sesion_id": sesion_id, "acta_id": datos_acta["id"],
    }
    return Emision(asociacion_id, "acta", fila["id"], _huella_acta(acta.huella, erratas), resumen)


# resolución

def _contenido_resolucion(r: dict) -> dict:
    return {"resolucion": [r[k] for k in ("id", "organo_id", "anio", "numero", "tipo", "titulo", "texto", "punto_id",
                                          "reforma_id", "escala_id")],
            "votacion": [r[k] for k in ("metodo", "mayoria", "base", "a_favor", "en_contra", "abstenciones", "aprobada",
                                        "texto_resultado", "regla_mayoria", "motivo_mayoria")],
            "sesion": [r["sesion_id"], r["sesion_numero"], r["sesion_fecha"]],
            "acta": r["acta_huella"] if r["acta_estado"] in ("aprobada", "firmada") else None}


def estado_del_acta(r: dict) -> str:
    """Lo que la resolución dice del acta que la contiene, en el idioma en curso (el del documento)."""
    if r.get("sesion_id") is None:
        return traducir("No fue adoptada en una sesión registrada.")
    if r["acta_estado"] in ("aprobada", "firmada"):
        return traducir("Acta N.º {0} ({1}), aprobada el {2}, huella SHA-256 {3}").format(
            r["sesion_numero"], r["organo"], _fecha(r["acta_aprobada_el"]), r["acta_huella"])
    return traducir("Acta N.º {0} ({1}), todavía en borrador").format(r["sesion_numero"], r["organo"])


def emision_resolucion(contexto: Contexto, resolucion_id: int) -> Emision:
    from ..dominio.sesiones import cita_resolucion

    db, asociacion_id = contexto.db, contexto.asociacion_id
    r = _comprobar(tabla.resolucion(db, resolucion_id), asociacion_id,
                   traducir("la resolución {0}").format(resolucion_id))
    cita = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])
    datos = [["Documento", cita], ["Título", r["titulo"]]]
    if r["sesion_id"] is not None:
        datos.append(["Sesión", f"N.º {r['sesion_numero']} del {_fecha(r['sesion_fecha'])}"])
    if r["texto_resultado"]:
        datos.append(["Votación", r["texto_resultado"]])
    datos.append(["Acta", estado_del_acta(r)])
    afirma = [["Cita", *en_cada_idioma(lambda: cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"]))],
              ["Título", r["titulo"][:120]]]
    if r["texto_resultado"]:
        afirma.append(["Resultado", r["texto_resultado"][:120]])
    if r["acta_estado"] in ("aprobada", "firmada"):
        afirma.append(["Huella del acta", r["acta_huella"]])
    resumen = {"titulo": cita, "datos": datos, "afirma": afirma, "acta_aprobada": r["acta_estado"] in ("aprobada", "firmada")}
    return Emision(asociacion_id, "resolucion", resolucion_id, huella_de(_contenido_resolucion(r)), resumen)


def huella_vigente(db: BaseDeDatos, tipo: str, referencia: int) -> str | None:
    """La huella que tendría hoy un documento del acta o de la resolución `referencia` (la que se compara al
    verificarlo); None para otros tipos o si el registro no da para un documento con código."""
    if tipo == "acta":
        fila = tabla.acta_por_id(db, referencia)
        return _huella_acta(fila["huella"], tabla.erratas_del_acta(db, referencia)) if fila and fila["huella"] else None
    if tipo == "resolucion":
        r = tabla.resolucion(db, referencia)
        return huella_de(_contenido_resolucion(r)) if r else None
    return None


# recibo

def _contenido_recibo(db: BaseDeDatos, p: dict) -> dict:
    return {"pago": [p[k] for k in ("id", "miembro_id", "fecha", "importe", "moneda", "tipo_cambio", "moneda_imputacion",
                                    "importe_imputable", "medio", "referencia")],
            "recibo": [p["recibo_anio"], p["recibo_numero"]], "imputaciones": tabla.imputaciones_del_recibo(db, p["id"])}


def emision_recibo(contexto: Contexto, pago: dict) -> Emision:
    """`pago`: el de servicios.pagos.obtener_pago."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    p = _comprobar(tabla.pago_para_recibo(db, pago["id"]), asociacion_id, traducir("el pago {0}").format(pago["id"]))
    importe = formatear(p["importe"], p["moneda"])
    resumen = {"titulo": f"Recibo N.º {pago['recibo']}",
               "datos": [["Documento", f"Recibo N.º {pago['recibo']}"], ["Miembro", pago["miembro"]],
                         ["Importe", importe], ["Fecha del pago", _fecha(p["fecha"])]],
               "afirma": [["Número", pago["recibo"]], ["Miembro", pago["miembro"]], ["Importe", importe],
                          ["Fecha del pago", _fecha(p["fecha"])]],
               "moneda": p["moneda"]}
    return Emision(asociacion_id, "recibo", p["id"], huella_de(_contenido_recibo(db, p)), resumen)


# estado de cuenta

# Los conceptos de los movimientos, en castellano (`Movimiento.concepto_fuente`): el registro y su huella no
# dependen del idioma en que se imprimió el estado de cuenta ni del de quien lo verifica.

def _movimientos(estados) -> list[list]:
    return [[e.moneda, m.fecha.isoformat(), m.concepto_fuente, m.debe, m.haber, bool(m.anulado)]
            for e in estados for m in e.movimientos]


def _contenido_estado(miembro_id: int, al: date, estados) -> dict:
    return {"miembro": miembro_id, "al": al.isoformat(),
            "cuentas": [[e.moneda, [[m.fecha.isoformat(), m.concepto_fuente, m.debe, m.haber, m.saldo, bool(m.anulado)]
                                    for m in e.movimientos], e.saldo, e.vencido] for e in estados]}


def emision_estado_de_cuenta(asociacion_id: int, miembro_id: int, al: date, estados) -> Emision:
    """`estados`: los de servicios.cobranza.estados_de_cuenta a la fecha `al` (los que se imprimen)."""
    from ..documentos.pdf.estado_cuenta import linea_saldo

    nombre = estados[0].miembro.get("nombre") or ""
    saldos = [linea_saldo(e.saldo, e.moneda, al) for e in estados]
    resumen = {"titulo": f"Estado de cuenta de {nombre} al {_fecha(al)}",
               "datos": [["Documento", "Estado de cuenta"], ["Miembro", nombre], ["Fecha", _fecha(al)],
                         *[["Saldo", s] for s in saldos]],
               "afirma": [["Miembro", nombre], *[["Saldo", *en_cada_idioma(lambda e=e: linea_saldo(e.saldo, e.moneda, al))]
                                                 for e in estados]],
               "al": al.isoformat(), "movimientos": _movimientos(estados)}
    return Emision(asociacion_id, "estado_cuenta", miembro_id, huella_de(_contenido_estado(miembro_id, al, estados)),
                   resumen)


# --- verificar ----------------------------------------------------------------------------------------------

@dataclass
class Verificacion:
    """El veredicto de una verificación, con todo lo que la explica."""

    veredicto: str                       # VIGENTE, REEMPLAZADO o ALTERADO
    motivos: list[str] = field(default_factory=list)   # por qué (lo primero que hay que leer)
    codigo: str | None = None
    tipo: str | None = None
    documento: list[list[str]] = field(default_factory=list)  # qué es, según la base: [[rótulo, valor]…]
    archivo: str | None = None           # qué se sabe del archivo (idéntico, firmado, solo su texto)
    emitido_en: str | None = None
    avisos: list[str] = field(default_factory=list)
    ruta: str | None = None

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
                "documento": _como_dict(self.documento), "emitido_en": self.emitido_en, "avisos": self.avisos}

    def lineas(self) -> list[str]:
        """El informe en texto, igual en la CLI y en la ventana. (Los rótulos de «Según la base de datos» son los
        que se guardaron al emitir el documento: van tal cual.)"""
        lineas = [f"{self.titulo}."]
        lineas += [f"  {m}" for m in self.motivos]
        if self.codigo:
            lineas.append(traducir("Código de verificación: {0}").format(self.codigo))
        if self.archivo:
            lineas.append(traducir("Archivo: {0}").format(self.archivo))
        if self.documento:
            lineas.append(traducir("Según la base de datos:"))
            ancho = max(len(r) for r, _ in self.documento)
            lineas += [f"  {r + ':':<{ancho + 1}} {v}" for r, v in self.documento]
        if self.emitido_en:
            lineas.append(traducir("Emitido: {0} (hora UTC de la base)").format(self.emitido_en))
        lineas += [traducir("AVISO: {0}").format(a) for a in self.avisos]
        return lineas


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


def _desconocido(motivo: str, codigo: str | None = None, ruta: str | None = None, archivo: str | None = None) -> Verificacion:
    return Verificacion(ALTERADO, [motivo], codigo=codigo, ruta=ruta, archivo=archivo)


def _codigo_sin_sello() -> str:
    return traducir("El código {0} figura en el registro de documentos de la base, pero ese registro no está en la "
                    "bitácora sellada: se agregó o se cambió por fuera de Escritorio, y no prueba nada. Corra "
                    "«escritorio verificar» (en un servidor, avise a quien lo administra).")


def _con_quien(archivo: str, sello: dict) -> str:
    """Lo que se sabe del archivo, con quién lo registró (el login del servidor, o quien operaba en este equipo)."""
    quien = sello.get("operador") or sello.get("usuario")
    return traducir("{0}; lo registró {1}").format(archivo, quien) if quien else archivo


def verificar_codigo(db: BaseDeDatos, codigo: str) -> Verificacion:
    """Para quien tiene el papel: el código impreso (con o sin guiones, en minúsculas, con O por 0…) o lo que leyó
    de su QR: el código solo o, en un documento impreso con la dirección pública de la asociación, la dirección de
    su página de verificación («https://…/verificar/7K2M-QX4P-9D0B.html»), de la que se toma el código."""
    normal = codigo_de_lo_leido(codigo)
    if normal is None:
        raise ErrorEscritorio(traducir("«{0}» no es un código de verificación: tiene 12 letras y cifras en tres grupos, "
                                       "como 7K2M-QX4P-9D0B (sin I, L, O ni U). Cópielo del pie del documento.").format(
            str(codigo)[:40]))
    documento = tabla.documento_por_codigo(db, normal)
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

    pdf = leer_pdf(ruta)
    nombre = str(pdf.ruta)
    sha = hashlib.sha256(pdf.contenido).hexdigest()
    en_texto, en_metadatos = codigos_en(pdf.texto), codigos_en(pdf.metadatos)
    # 1. Idéntico a un archivo emitido: el archivo es el que Escritorio escribió. Solo vale un registro que la
    # bitácora sellada cubre (el suyo y el de su documento): uno agregado a mano no prueba nada.
    sin_sello = None
    for archivo in tabla.archivos_por_sha256(db, sha):
        documento = tabla.documento_por_id(db, archivo["documento_id"])
        sello = alta_sellada(db, "archivos_emitidos", archivo["archivo_id"])
        if sello is None or documento is None or alta_sellada(db, "documentos_emitidos", documento["id"]) is None:
            sin_sello = sin_sello or traducir("la copia {0} del documento {1}").format(
                archivo["copia"], documento["codigo"] if documento else "?")
            continue
        resultado = _estado(db, documento)
        if archivo["copia"] == 0:
            resultado.archivo = traducir("idéntico byte a byte al original, generado el {0} (hora UTC)").format(
                archivo["generado_en"])
        else:
            resultado.archivo = traducir("idéntico byte a byte a la copia {0} (una reimpresión), generado el {1} (hora "
                                         "UTC)").format(archivo["copia"], archivo["generado_en"])
        resultado.archivo = _con_quien(resultado.archivo, sello)
        resultado.ruta = nombre
        return resultado
    # 2. Idéntico a un PDF firmado digitalmente que la base guarda.
    for firma in tabla.firmas_por_sha256(db, sha):
        sello = alta_sellada(db, "firmas_digitales", firma["id"])
        if sello is None:
            sin_sello = sin_sello or traducir("el PDF firmado por {0} el {1}").format(firma["firmante"],
                                                                                    firma["firmado_en"])
            continue
        documentos = tabla.documentos_de(db, firma["tipo"], firma["referencia"])
        codigos = [c for c in en_texto + en_metadatos if any(d["codigo"] == c for d in documentos)]
        documento = next((d for d in documentos if d["codigo"] in codigos), documentos[-1] if documentos else None)
        quien = _con_quien(traducir("idéntico al PDF firmado digitalmente por {0} el {1}, que la base guarda").format(
            firma["firmante"], firma["firmado_en"]), sello)
        if documento is None:
            return Verificacion(VIGENTE, [traducir("Es un PDF firmado digitalmente que la base guarda ({0}).").format(
                tipo_en_palabras(firma["tipo"]).lower())], tipo=firma["tipo"], archivo=quien, ruta=nombre)
        resultado = _estado(db, documento)
        resultado.archivo, resultado.ruta = quien, nombre
        return resultado
    if sin_sello is not None:
        return _desconocido(traducir(
            "El archivo es idéntico a {0} según el registro de documentos de la base, pero ese registro no está en la "
            "bitácora sellada: se agregó o se cambió por fuera de Escritorio, y no prueba nada. No se da por "
            "auténtico. Corra «escritorio verificar» (en un servidor, avise a quien lo administra).").format(sin_sello),
            ruta=nombre, archivo=traducir("registrado por fuera de Escritorio"))
    # 3. No es ninguno de los emitidos: el código que dice llevar, y lo que dice su texto.
    resultado = _por_su_texto(db, pdf, en_texto, en_metadatos)
    if b"/ByteRange" in pdf.contenido:
        resultado.avisos.append(traducir("El archivo tiene firmas digitales, pero no es ninguno de los PDF firmados que "
                                         "la base guarda: verifíquelas con «escritorio firma verificar»."))
    return resultado


def _por_su_texto(db: BaseDeDatos, pdf, en_texto: list[str], en_metadatos: list[str]) -> Verificacion:
    nombre = str(pdf.ruta)
    codigos = en_texto + [c for c in en_metadatos if c not in en_texto]
    if not codigos:
        return _desconocido(traducir("El archivo no lleva un código de verificación de Escritorio (ni en el texto ni en "
                                     "sus metadatos) y no es ninguno de los documentos emitidos por esta base."),
                            ruta=nombre)
    if len(codigos) > 1:
        return _desconocido((traducir("El archivo lleva más de un código de verificación ({0}): el del texto no coincide "
                                      "con el de los metadatos.") if en_texto and en_metadatos else
                             traducir("El archivo lleva más de un código de verificación ({0}): un documento emitido "
                                      "lleva uno solo.")).format(", ".join(codigos)), ruta=nombre)
    codigo = codigos[0]
    documento = tabla.documento_por_codigo(db, codigo)
    if documento is None:
        return _desconocido(traducir("El código {0} que lleva el archivo no es de ningún documento emitido por esta "
                                     "base: es de otra base de datos, o es falso.").format(codigo), codigo, nombre)
    if alta_sellada(db, "documentos_emitidos", documento["id"]) is None:
        return _desconocido(_codigo_sin_sello().format(codigo), codigo, nombre)
    resumen = json.loads(documento["resumen"])
    texto = normalizar_texto(pdf.texto)
    emitidos = [a for a in tabla.archivos_de(db, documento["id"]) if a.get("texto")]
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
    resultado.ruta = nombre
    if diferencias:
        titulo = resumen["titulo"] if "titulo" in resumen else traducir("un documento")
        return Verificacion(ALTERADO, [traducir("El archivo lleva el código {0} de {1}, pero no dice lo que ese "
                                                "documento dice:").format(codigo, titulo)]
                            + [f"• {d}" for d in diferencias],
                            codigo=codigo, tipo=documento["tipo"], documento=resultado.documento,
                            archivo=traducir("no es ninguno de los archivos emitidos y su texto difiere"), ruta=nombre,
                            emitido_en=documento["emitido_en"])
    if igual is None:
        resultado.archivo = traducir(
            "no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o "
            "firmarse por fuera de Escritorio), pero su texto dice lo mismo que la base: número, nombres, importes y "
            "huellas coinciden")
    elif igual["copia"] == 0:
        resultado.archivo = traducir(
            "no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o "
            "firmarse por fuera de Escritorio), pero su texto dice lo mismo que  el original emitido, palabra por "
            "palabra")
    else:
        resultado.archivo = traducir(
            "no es idéntico byte a byte a ninguno de los archivos emitidos (pudo guardarse de nuevo, imprimirse a PDF o "
            "firmarse por fuera de Escritorio), pero su texto dice lo mismo que  la copia {0} emitido, palabra por "
            "palabra").format(igual["copia"])
    if resultado.veredicto == VIGENTE:
        # Que el texto coincida no prueba lo que se VE: un importe tapado con un rectángulo y dibujado encima, o un
        # texto invisible, dejan el mismo texto. Solo el archivo emitido (o el firmado guardado) es auténtico.
        titulo = resumen["titulo"] if "titulo" in resumen else traducir("un documento")
        return Verificacion(ALTERADO, [traducir(
            "El archivo lleva el código {0} de {1} y su texto coincide con lo que la base registra, pero no es el "
            "archivo que emitió Escritorio: lo que muestra (dibujos, imágenes, texto tapado) no se puede garantizar. "
            "Compárelo con el original, o vuelva a generar el documento desde Escritorio (sale como copia, con el "
            "mismo código).").format(codigo, titulo)],
            codigo=codigo, tipo=documento["tipo"], documento=resultado.documento, archivo=resultado.archivo,
            ruta=nombre, emitido_en=documento["emitido_en"])
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
        import re

        otros = [m.group(0) for m in re.finditer(rf"{re.escape(moneda)}\s?[\d.]+,\d+", texto or "")]
        otros = [o for o in dict.fromkeys(otros) if normalizar_texto(o) != normalizar_texto(valor)]
        if otros:
            dicho = traducir(" (dice «{0}»)").format(otros[0])
    return traducir("{0}: la base dice «{1}»; el archivo no lo dice{2}.").format(rotulo, valor, dicho)


def _estado(db: BaseDeDatos, documento: dict) -> Verificacion:
    """Vigente o reemplazado: compara la huella guardada con la del registro hoy, y explica el cambio."""
    resumen = json.loads(documento["resumen"])
    tipo, referencia = documento["tipo"], documento["referencia"]
    motivos, avisos = _cambios(db, tipo, referencia, documento, resumen)
    veredicto = REEMPLAZADO if motivos else VIGENTE
    if not motivos:
        titulo = resumen["titulo"] if "titulo" in resumen else tipo_en_palabras(tipo)
        motivos = [traducir("{0}: el registro no cambió desde que se emitió.").format(titulo)]
    posteriores = [d for d in tabla.documentos_de(db, tipo, referencia) if d["id"] > documento["id"]]
    if veredicto == REEMPLAZADO and posteriores:
        motivos.append(traducir("La versión vigente se emitió el {0} con el código {1}.").format(
            posteriores[-1]["emitido_en"], posteriores[-1]["codigo"]))
    return Verificacion(veredicto, motivos, codigo=documento["codigo"], tipo=tipo, documento=resumen.get("datos", []),
                        emitido_en=documento["emitido_en"], avisos=avisos)


def _cambios(db: BaseDeDatos, tipo: str, referencia: int, documento: dict, resumen: dict) -> tuple[list[str], list[str]]:
    """(por qué está reemplazado —vacío si está vigente—, avisos)."""
    if tipo == "acta":
        return _cambios_acta(db, referencia, documento, resumen)
    if tipo == "resolucion":
        return _cambios_resolucion(db, referencia, documento, resumen)
    if tipo == "recibo":
        return _cambios_recibo(db, referencia, documento)
    return _cambios_estado(db, documento, referencia, resumen)


def _cambios_acta(db, acta_id, documento, resumen):
    from .actas import alteraciones_de_actas

    fila = tabla.acta_por_id(db, acta_id)
    if fila is None or not fila["huella"]:
        return [traducir("El acta ya no figura aprobada en la base: fue cambiada por fuera de Escritorio.")], []
    erratas = tabla.erratas_del_acta(db, acta_id)
    avisos = []
    if alteraciones_de_actas(db, fila["sesion_id"]):
        avisos.append(traducir("La base registra que esta acta o su sesión fueron cambiadas por fuera de Escritorio: "
                               "corra «escritorio verificar»."))
    if _huella_acta(fila["huella"], erratas) == documento["huella"]:
        return [], avisos
    nuevas = [e for e in erratas if e["id"] not in set(resumen.get("erratas", []))]
    if nuevas:
        return [traducir("Tiene una fe de erratas posterior a este documento, del {0}: «{1}».").format(
                    _fecha(e["fecha"]), _corto(e["texto"])) for e in nuevas], avisos
    return [traducir("El acta aprobada de la base ya no es la de este documento.")], avisos


def _cambios_resolucion(db, resolucion_id, documento, resumen):
    r = tabla.resolucion(db, resolucion_id)
    if r is None:
        return [traducir("La resolución ya no está en la base.")], []
    avisos = []
    if r.get("acta_id"):
        erratas = tabla.erratas_del_acta(db, r["acta_id"])
        if erratas:
            avisos.append(traducir("El acta que la contiene tiene fe de erratas (la última del {0}); revise si alguna "
                                   "toca esta resolución.").format(_fecha(erratas[-1]["fecha"])))
    if huella_de(_contenido_resolucion(r)) == documento["huella"]:
        return [], avisos
    aprobada = r["acta_estado"] in ("aprobada", "firmada")
    if aprobada and not resumen.get("acta_aprobada"):
        return [traducir("Se emitió cuando el acta de su sesión estaba en borrador; hoy está aprobada (el {0}): la "
                         "versión vigente cita el acta aprobada.").format(_fecha(r["acta_aprobada_el"]))], avisos
    return [traducir("La resolución, su votación o el acta que la contiene cambiaron desde que se emitió este "
                     "documento.")], avisos


def _cambios_recibo(db, pago_id, documento):
    p = tabla.pago_para_recibo(db, pago_id)
    if p is None:
        return [traducir("El pago ya no está en la base.")], []
    motivos = []
    if p["anulado_en"]:
        motivos.append(traducir("El recibo está ANULADO desde el {0}: {1}.").format(_fecha(p["anulado_en"]),
                                                                                  p["motivo_anulacion"]))
    if huella_de(_contenido_recibo(db, p)) != documento["huella"]:
        motivos.append(traducir("El pago o sus imputaciones cambiaron desde que se emitió este recibo."))
    return motivos, []


def _cambios_estado(db, documento, miembro_id, resumen):
    from .base import hoy
    from .cobranza import estados_de_cuenta

    al = date.fromisoformat(resumen["al"])
    asociacion_id = documento["asociacion_id"]
    contexto = Contexto(db, asociacion_id)
    try:
        entonces = estados_de_cuenta(contexto, miembro_id, al)
    except ErrorEscritorio:
        return [traducir("El miembro de este estado de cuenta ya no está en la base.")], []
    antes = {tuple(m) for m in resumen.get("movimientos", [])}
    hoy_mismo = max(hoy(), al)
    ahora = estados_de_cuenta(contexto, miembro_id, hoy_mismo)
    nuevos = [m for m in _movimientos(ahora) if tuple(m) not in antes]
    motivos = []
    if huella_de(_contenido_estado(miembro_id, al, entonces)) != documento["huella"] or nuevos:
        motivos.append(traducir("La cuenta registra movimientos que este estado de cuenta (al {0}) no tiene:").format(
            _fecha(al)))
        motivos += [f"• {_fecha(m[1])} {m[2]}" + (f" ({formatear(m[3], m[0])})" if m[3] else "") +
                    (f" ({formatear(m[4], m[0])})" if m[4] else "") for m in nuevos[:10]]
        if len(nuevos) > 10:
            motivos.append(traducir("• y {0} más").format(len(nuevos) - 10))
        if not nuevos:
            motivos.append(traducir("• un movimiento de entonces cambió (por ejemplo, un pago anulado después)"))
        motivos.append(traducir("Pida un estado de cuenta nuevo: el saldo de hoy es otro."))
    return motivos, []


def _corto(texto: str, largo: int = 120) -> str:
    texto = " ".join(str(texto).split())
    return texto if len(texto) <= largo else texto[:largo - 1] + "…"


# --- la resolución en PDF -----------------------------------------------------------------------------------

@en_el_idioma_de_los_documentos
def imprimir_resolucion(contexto: Contexto, resolucion_id: int, ruta: Path | str) -> int:
    """La resolución en PDF con su código de verificación (registrada como documento emitido). Devuelve el
    número de páginas."""
    from ..datos import asociaciones as tabla_asociaciones
    from ..documentos.pdf.resolucion import DatosResolucion, escribir_resolucion_pdf
    from ..dominio.sesiones import cita_resolucion
    from .adherentes import firmantes, texto_del_firmante
    from .firmantes import firmantes_de_la_resolucion  # quién firma: como en el acta de su sesión
    from .sesiones import orden_del_dia, titulo_sesion

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta = destino_del_archivo(ruta, ".pdf", traducir("la resolución"))
    if isinstance(resolucion_id, bool) or not isinstance(resolucion_id, int):
        raise ErrorEscritorio(traducir("No existe la resolución {0} en esta asociación.").format(resolucion_id))
    r = _comprobar(tabla.resolucion(db, resolucion_id), asociacion_id,
                   traducir("la resolución {0} (vea los números con «escritorio resoluciones listar»)").format(
                       resolucion_id))
    asociacion = tabla_asociaciones.por_id(db, asociacion_id)
    punto = None
    if r["sesion_id"] is not None:
        punto = next((f"{p['numeracion']}. {p['titulo']}" for p in orden_del_dia(contexto, r["sesion_id"])
                      if p["id"] == r["punto_id"]), r["punto"])
    metodo = METODOS.get(r["metodo"], "")   # el rótulo en castellano; se traduce al escribirlo
    datos = DatosResolucion(
        asociacion=asociacion["nombre"], sigla=asociacion["sigla"], papel=asociacion["papel"],
        cita=cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"]), titulo=r["titulo"], texto=r["texto"],
        organo=r["organo"],
        sesion=titulo_sesion({"numero": r["sesion_numero"], "tipo": r["sesion_tipo"], "organo": r["organo"]})
        if r["sesion_id"] is not None else None,
        fecha_sesion=date.fromisoformat(r["sesion_fecha"]) if r["sesion_fecha"] else None, lugar=r["sesion_lugar"],
        punto=punto,
        # El resultado de la votación (texto_resultado) es el que quedó guardado al votar: tal cual.
        votacion=traducir("Votación {0}. {1}").format(traducir(metodo).lower(), r["texto_resultado"])
        if r["metodo"] else None,
        votos=traducir("A favor: {0} · En contra: {1} · Abstenciones: {2} · Presentes: {3} · "
                       "Con derecho a voto: {4}").format(r["a_favor"], r["en_contra"], r["abstenciones"],
                                                         r["presentes"], r["con_derecho"]) if r["metodo"] else None,
        regla_mayoria=r["regla_mayoria"], motivo_mayoria=r["motivo_mayoria"], acta=estado_del_acta(r))
    quienes = firmantes(contexto, resolucion_id)
    datos.firmantes = [texto_del_firmante(f) for f in quienes if f["tipo"] == "miembro"]
    datos.adherentes = [texto_del_firmante(f) for f in quienes if f["tipo"] != "miembro"]
    datos.bloques_de_firma = [(f.nombre, f.cargo, f.detalle) for f in firmantes_de_la_resolucion(contexto, r)]
    return emitir(db, emision_resolucion(contexto, resolucion_id), ruta,
                  lambda sello: escribir_archivo(escribir_resolucion_pdf, ruta, datos, sello=sello,
                                                 registro=cabeza_de_cadena(db.conn)))
