"""Documentos de archivo verificables: emitir (código de verificación, registro del documento y del archivo
generado, en una transacción). Verificarlos está en `verificar_documento.py`; las emisiones de los documentos de
lista (padrón, convocatoria, avisos…), en `emisiones.py`.

El código sale de la huella del registro (`dominio.verificacion.codigo_de`): el mismo registro da siempre el
mismo código, y un registro que cambia (un acta con una fe de erratas nueva, un estado de cuenta con otro pago)
da otro. Qué huella tiene cada tipo:
- acta: `actas.huella` (se fija al aprobarla); si tiene fe de erratas, el SHA-256 de esa huella y de las
  erratas (el PDF las imprime como anexo, así que dice otra cosa);
- resolución: el SHA-256 de su fila, de la votación y la sesión que la adoptaron y de la huella del acta que
  la contiene (o de que el acta está en borrador: el documento lo dice);
- recibo: el SHA-256 del pago, el número de recibo y las imputaciones del recibo (sin la anulación: un recibo
  anulado sigue siendo el mismo recibo; la verificación dice que está anulado);
- estado de cuenta: el SHA-256 de lo que dice, cuenta por cuenta, a su fecha;
- los demás (migración 0024): el SHA-256 de lo que dice, sección por sección (`dominio.instantaneas`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypedDict, TypeVar

from ..datos.base_de_datos import BaseDeDatos

from ..datos import documentos as tabla_documentos
from ..datos.conexion import solo_lectura, transaccion
from ..datos.testigo import cabeza_de_cadena
from ..dominio.dinero import formatear
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..idiomas.traduccion import en_cada_idioma
from ..dominio.verificacion import Sello, codigo_de, huella_de
from ..dominio import formato
from ..errores import ErrorEscritorio
from . import emision_diferida
from .archivos import destino_del_archivo, escribir_archivo
from .contexto import Contexto
from .direccion_publica import pagina_de_verificacion
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos
from .resultados_en_su_idioma import regla_de_la_votacion, votacion_escrita

T = TypeVar("T")
Fila = TypeVar("Fila", bound=dict)


def fecha_escrita(valor: str | date | None) -> str:
    """AAAA-MM-DD -> dd/mm/aaaa, como en los documentos."""
    if not valor:
        return "—"
    return formato.fecha(valor)


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
    # De un documento de lista, lo que dice entero (`dominio.instantaneas.Instantanea`; no se guarda): con ella la
    # verificación dice qué cambió.
    instantanea: object = None

    def codigo(self, db: BaseDeDatos) -> str:
        return codigo_de(tabla_documentos.identidad(db), self.tipo, self.referencia, self.huella)


def proxima_copia(db: BaseDeDatos, emision: Emision | None) -> int | None:
    """Qué sería el próximo archivo de `emision`: 0 el original (nunca se generó), 1, 2… una reimpresión, que dice
    COPIA. None si no lleva código (sin emisión: un acta en borrador). La regla de `emitir`, para decirla antes."""
    if emision is None:
        return None
    previo = tabla_documentos.documento_del_registro(db, emision.tipo, emision.referencia, emision.huella)
    return tabla_documentos.proxima_copia(db, previo["id"]) if previo else 0


def emitir(db: BaseDeDatos, emision: Emision | None, ruta: Path | str, escribir: Callable[[Sello | None], T], *,
           vista_previa: bool = False) -> T:
    """Escribe el documento con su código y, en la MISMA transacción, registra el documento (la primera vez) y el
    SHA-256 del archivo escrito como original (copia 0) o reimpresión (1, 2…). Si algo falla no queda ni el
    registro ni un archivo nuevo a medias. `escribir(sello)` escribe el PDF en `ruta`.

    Sin emisión escribe sin código. En una base abierta solo para consultar, o con un papel del servidor que no emite
    ese documento (tesorería imprime una convocatoria o un acta), no se registra nada: el documento lleva su código
    solo si ya se había emitido (y verifica por su texto).

    Con `vista_previa` escribe lo que saldría ahora (el original o la próxima COPIA, con su código) sin registrar
    nada: mirar un documento en pantalla no gasta su original; lo gasta imprimirlo o guardarlo."""
    if emision is None:
        return escribir(None)
    return emitir_varios(db, [emision], ruta, lambda sellos: escribir(sellos[0]), vista_previa=vista_previa)


def emitir_varios(db: BaseDeDatos, emisiones: list[Emision], ruta: Path | str,
                  escribir: Callable[[list[Sello | None]], T], *, vista_previa: bool = False) -> T:
    """Como `emitir`, para un archivo con varios documentos: un lote de avisos de cobro, una carta por página, cada
    una con su código. `escribir(sellos)` recibe un sello por emisión, en su orden. Cada documento queda con el
    mismo archivo (su SHA-256)."""
    ruta = Path(ruta)
    codigos = [e.codigo(db) for e in emisiones]
    # Con la dirección pública de la asociación, el QR lleva la página de verificación de cada documento.
    paginas = [pagina_de_verificacion(Contexto(db, e.asociacion_id), c) for e, c in zip(emisiones, codigos)]
    if solo_lectura(db) is not None or not all(tabla_documentos.registra(db, e.tipo) for e in emisiones):
        previos = [tabla_documentos.documento_del_registro(db, e.tipo, e.referencia, e.huella) for e in emisiones]
        return escribir([Sello(c, tabla_documentos.proxima_copia(db, p["id"]), d) if p else None
                         for c, p, d in zip(codigos, previos, paginas)])
    if vista_previa:
        return escribir([Sello(c, proxima_copia(db, e), d) for c, e, d in zip(codigos, emisiones, paginas)])
    pendientes = emision_diferida.en_curso()
    if pendientes is not None:   # fuera del cerrojo: se escribe ahora y se registra después (emision_diferida.py)
        sellos = emision_diferida.sellos_planeados(db, emisiones, codigos, paginas)
        resultado = escribir(sellos)
        pendientes.append(emision_diferida.Pendiente(emisiones, codigos, sellos,
                                                     hashlib.sha256(ruta.read_bytes()).hexdigest(),
                                                     list(_textos_a_guardar(ruta, len(emisiones)))))
        return resultado
    existia = ruta.exists()
    with transaccion(db):
        documentos = []
        for emision, codigo in zip(emisiones, codigos):
            previo = tabla_documentos.documento_del_registro(db, emision.tipo, emision.referencia, emision.huella)
            documentos.append(previo["id"] if previo else tabla_documentos.agregar_documento(
                db, asociacion_id=emision.asociacion_id, codigo=codigo, tipo=emision.tipo,
                referencia=emision.referencia, huella=emision.huella,
                resumen=json.dumps(emision.resumen, ensure_ascii=False)))
        sellos = [Sello(codigo, tabla_documentos.proxima_copia(db, documento_id), pagina)
                  for codigo, documento_id, pagina in zip(codigos, documentos, paginas)]
        resultado = escribir(sellos)
        try:
            sha256 = hashlib.sha256(ruta.read_bytes()).hexdigest()
            for documento_id, sello, texto in zip(documentos, sellos, _textos_a_guardar(ruta, len(emisiones))):
                tabla_documentos.agregar_archivo(db, documento_id, sha256, sello.copia, texto)
        except BaseException:
            if not existia:  # un archivo sin registro no verificaría: no queda
                ruta.unlink(missing_ok=True)
            raise
    return resultado


def emitir_y_poner(db: BaseDeDatos, emision: Emision | None, juntos, pdf: Path, escribir: Callable[..., T], *,
                   vista_previa: bool = False) -> T:
    """Como `emitir`, para un PDF que es parte de una respuesta de varios archivos (`salida.escribir_juntos`, con los
    demás ya escritos en `juntos`): `escribir(temporal, sello)` escribe el PDF en su temporal y todos se ponen en su
    lugar dentro de la transacción que registra la emisión. Si uno no se puede poner, no se registra nada y cada
    destino queda como estaba; si el registro falla después, `escribir_juntos` vuelve a poner los anteriores."""
    def escribir_y_poner(sello: Sello | None) -> T:
        hecho = juntos.escribir(pdf, escribir, sello)
        juntos.poner()
        return hecho

    return emitir(db, emision, pdf, escribir_y_poner, vista_previa=vista_previa)


# El texto de cada archivo emitido se guarda para decir después qué cambió en una copia alterada; el de un listado
# largo (un padrón de miles de miembros) no: pesaría en la base (y en su bitácora) más que todo lo demás, y sacarlo
# de sus cientos de páginas llevaría más que escribirlo (18 s las 374 de un padrón de 16.000). Tampoco el de un lote
# (una carta de aviso por página: 3 s para 78 cartas, que antes salían en menos de 1). Esos se verifican por su
# SHA-256 y por lo que afirman.
PESO_PARA_GUARDAR_TEXTO = 2 * 1024 * 1024   # bytes del PDF
PAGINAS_PARA_GUARDAR_TEXTO = 60
LARGO_DE_TEXTO_GUARDADO = 200_000           # caracteres


def _textos_a_guardar(ruta: Path, documentos: int) -> list[str | None]:
    """El texto (con espacios simples) del archivo, para cada documento; None si es un lote o si el archivo o su
    texto son demasiado largos para guardarlos."""
    from ..documentos.pdf.lectura import leer_pdf

    if documentos > 1 or ruta.stat().st_size > PESO_PARA_GUARDAR_TEXTO or \
            leer_pdf(ruta, con_texto=False).paginas > PAGINAS_PARA_GUARDAR_TEXTO:
        return [None] * documentos
    texto = " ".join(leer_pdf(ruta).texto.split())
    return [texto if len(texto) <= LARGO_DE_TEXTO_GUARDADO else None]


def comprobar_de_la_asociacion(fila: Fila | None, asociacion_id: int, que: str) -> Fila:
    """La misma fila, si existe y es de la asociación; si no, el error que lo dice."""
    if fila is None or fila.get("asociacion_id") != asociacion_id:
        raise ErrorEscritorio(traducir("No existe {0} en esta asociación.").format(que))
    return fila


# acta

def huella_del_acta_con_erratas(huella_aprobada: str, erratas: list[dict]) -> str:
    if not erratas:
        return huella_aprobada
    return huella_de({"acta": huella_aprobada, "erratas": [[e["id"], e["fecha"], e["texto"]] for e in erratas]})


def emision_acta(contexto: Contexto, sesion_id: int, acta) -> Emision | None:
    """La emisión del acta de la sesión (`acta`: servicios.actas.Acta); None si es un borrador (no lleva código:
    todavía puede cambiar)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    fila = tabla_documentos.acta_de_la_sesion(db, sesion_id)
    if fila is None or acta.estado == "borrador" or not acta.huella:
        return None
    datos_acta = comprobar_de_la_asociacion(tabla_documentos.acta_por_id(db, fila["id"]), asociacion_id, traducir("el acta"))
    erratas = tabla_documentos.erratas_del_acta(db, fila["id"])
    ct = acta.contenido
    titulo = f"Acta N.º {ct.numero}"
    aprobada = "Aprobada" + (f" por {acta.aprobada_por}" if acta.aprobada_por else "") + \
               (f" el {fecha_escrita(acta.aprobada_el)}" if acta.aprobada_el else "")
    resumen = {
        "titulo": f"{titulo} · {ct.organo}",
        "datos": [["Documento", titulo], ["Órgano", ct.organo], ["Sesión", ct.titulo],
                  ["Fecha de la sesión", fecha_escrita(ct.fecha)], ["Aprobación", aprobada],
                  ["Huella SHA-256 del texto aprobado", acta.huella],
                  ["Fe de erratas", f"{len(erratas)}, la última del {fecha_escrita(erratas[-1]['fecha'])}" if erratas
                   else "ninguna"]],
        # Lo que el PDF dice, en cualquiera de sus idiomas: «Acta N.º 21» o «Ata n.º 21» (pdf.acta.titulo_acta).
        "afirma": [["Número", *en_cada_idioma(lambda: traducir("Acta N.º {0}").format(ct.numero))],
                   ["Huella SHA-256", acta.huella]] +
                  [[f"Fe de erratas del {fecha_escrita(e['fecha'])}", e["texto"][:80]] for e in erratas],
        "erratas": [e["id"] for e in erratas], "sesion_id": sesion_id, "acta_id": datos_acta["id"],
    }
    return Emision(asociacion_id, "acta", fila["id"], huella_del_acta_con_erratas(acta.huella, erratas), resumen)


# resolución

class ContenidoResolucion(TypedDict):
    """Lo que afirma una resolución impresa: de aquí sale la huella de su código de verificación."""

    resolucion: list
    votacion: list
    sesion: list
    acta: str | None


def contenido_resolucion(r: dict) -> ContenidoResolucion:
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
        return traducir("Acta N.º {0} ({1}), aprobada el {2}, huella SHA-256 del texto aprobado {3}").format(
            r["sesion_numero"], r["organo"], fecha_escrita(r["acta_aprobada_el"]), r["acta_huella"])
    return traducir("Acta N.º {0} ({1}), todavía en borrador").format(r["sesion_numero"], r["organo"])


def emision_resolucion(contexto: Contexto, resolucion_id: int) -> Emision:
    from ..dominio.sesiones import cita_resolucion

    db, asociacion_id = contexto.db, contexto.asociacion_id
    r = comprobar_de_la_asociacion(tabla_documentos.resolucion(db, resolucion_id), asociacion_id,
                   traducir("la resolución {0}").format(resolucion_id))
    cita = cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"])
    datos = [["Documento", cita], ["Título", r["titulo"]]]
    if r["sesion_id"] is not None:
        datos.append(["Sesión", f"N.º {r['sesion_numero']} del {fecha_escrita(r['sesion_fecha'])}"])
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
    return Emision(asociacion_id, "resolucion", resolucion_id, huella_de(contenido_resolucion(r)), resumen)


def huella_vigente(db: BaseDeDatos, tipo: str, referencia: int) -> str | None:
    """La huella que tendría hoy un documento del acta o de la resolución `referencia` (la que se compara al
    verificarlo); None para otros tipos o si el registro no da para un documento con código."""
    if tipo == "acta":
        fila = tabla_documentos.acta_por_id(db, referencia)
        return huella_del_acta_con_erratas(fila["huella"], tabla_documentos.erratas_del_acta(db, referencia)) if fila and fila["huella"] else None
    if tipo == "resolucion":
        r = tabla_documentos.resolucion(db, referencia)
        return huella_de(contenido_resolucion(r)) if r else None
    return None


# recibo

class ContenidoRecibo(TypedDict):
    """Lo que afirma un recibo impreso: de aquí sale la huella de su código de verificación."""

    pago: list
    recibo: list
    imputaciones: list


def contenido_recibo(db: BaseDeDatos, p: dict) -> ContenidoRecibo:
    return {"pago": [p[k] for k in ("id", "miembro_id", "fecha", "importe", "moneda", "tipo_cambio", "moneda_imputacion",
                                    "importe_imputable", "medio", "referencia")],
            "recibo": [p["recibo_anio"], p["recibo_numero"]], "imputaciones": tabla_documentos.imputaciones_del_recibo(db, p["id"])}


def emision_recibo(contexto: Contexto, pago: dict) -> Emision:
    """`pago`: el de servicios.pagos.obtener_pago."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    p = comprobar_de_la_asociacion(tabla_documentos.pago_para_recibo(db, pago["id"]), asociacion_id, traducir("el pago {0}").format(pago["id"]))
    importe = formatear(p["importe"], p["moneda"])
    resumen = {"titulo": f"Recibo N.º {pago['recibo']}",
               "datos": [["Documento", f"Recibo N.º {pago['recibo']}"], ["Miembro", pago["miembro"]],
                         ["Importe", importe], ["Fecha del pago", fecha_escrita(p["fecha"])]],
               "afirma": [["Número", pago["recibo"]], ["Miembro", pago["miembro"]], ["Importe", importe],
                          ["Fecha del pago", fecha_escrita(p["fecha"])]],
               "moneda": p["moneda"]}
    return Emision(asociacion_id, "recibo", p["id"], huella_de(contenido_recibo(db, p)), resumen)


# estado de cuenta

# Los conceptos de los movimientos, en castellano (`Movimiento.concepto_fuente`): el registro y su huella no
# dependen del idioma en que se imprimió el estado de cuenta ni del de quien lo verifica.

def movimientos_del_estado(estados) -> list[list]:
    return [[e.moneda, m.fecha.isoformat(), m.concepto_fuente, m.debe, m.haber, bool(m.anulado)]
            for e in estados for m in e.movimientos]


class ContenidoEstado(TypedDict):
    """Lo que afirma un estado de cuenta impreso: de aquí sale la huella de su código de verificación."""

    miembro: int
    al: str
    cuentas: list


def contenido_estado(miembro_id: int, al: date, estados) -> ContenidoEstado:
    return {"miembro": miembro_id, "al": al.isoformat(),
            "cuentas": [[e.moneda, [[m.fecha.isoformat(), m.concepto_fuente, m.debe, m.haber, m.saldo, bool(m.anulado)]
                                    for m in e.movimientos], e.saldo, e.vencido] for e in estados]}


def emision_estado_de_cuenta(asociacion_id: int, miembro_id: int, al: date, estados) -> Emision:
    """`estados`: los de servicios.cobranza.estados_de_cuenta a la fecha `al` (los que se imprimen)."""
    from ..documentos.pdf.estado_cuenta import linea_saldo

    nombre = estados[0].miembro.get("nombre") or ""
    saldos = [linea_saldo(e.saldo, e.moneda, al) for e in estados]
    resumen = {"titulo": f"Estado de cuenta de {nombre} al {fecha_escrita(al)}",
               "datos": [["Documento", "Estado de cuenta"], ["Miembro", nombre], ["Fecha", fecha_escrita(al)],
                         *[["Saldo", s] for s in saldos]],
               "afirma": [["Miembro", nombre], *[["Saldo", *en_cada_idioma(lambda e=e: linea_saldo(e.saldo, e.moneda, al))]
                                                 for e in estados]],
               "al": al.isoformat(), "movimientos": movimientos_del_estado(estados)}
    return Emision(asociacion_id, "estado_cuenta", miembro_id, huella_de(contenido_estado(miembro_id, al, estados)),
                   resumen)



# --- la resolución en PDF -----------------------------------------------------------------------------------

@en_el_idioma_de_los_documentos
def imprimir_resolucion(contexto: Contexto, resolucion_id: int, ruta: Path | str) -> int:
    """La resolución en PDF con su código de verificación (registrada como documento emitido). Devuelve el
    número de páginas."""
    from ..datos import asociaciones as tabla_asociaciones
    from ..documentos.pdf.idioma_de_lo_escrito import escrito
    from ..documentos.pdf.resolucion import DatosResolucion, escribir_resolucion_pdf
    from .idioma_de_los_documentos import idioma_de_la_asociacion
    from ..dominio.sesiones import cita_resolucion
    from .adherentes import firmantes, texto_del_firmante
    from .firmantes import firmantes_de_la_resolucion  # quién firma: como en el acta de su sesión
    from .sesiones import titulo_sesion
    from .sesiones.puntos import orden_del_dia

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta = destino_del_archivo(ruta, ".pdf", traducir("la resolución"))
    if isinstance(resolucion_id, bool) or not isinstance(resolucion_id, int):
        raise ErrorEscritorio(traducir("No existe la resolución {0} en esta asociación.").format(resolucion_id))
    r = comprobar_de_la_asociacion(tabla_documentos.resolucion(db, resolucion_id), asociacion_id,
                   segun_la_puerta(
                       ventana=traducir("la resolución {0} (su PDF se guarda desde su sesión: área Sesiones, pestaña "
                                        "Votaciones, «Resolución en PDF…»)"),
                       linea=traducir("la resolución {0} (vea los números con «escritorio resoluciones "
                                      "listar»)")).format(resolucion_id))
    from .congelados import exigir_intactas, filas_de_la_resolucion

    exigir_intactas(db, filas_de_la_resolucion(db, resolucion_id), traducir("La resolución {0}/{1}").format(
        r["numero"], r["anio"]))
    asociacion = tabla_asociaciones.por_id(db, asociacion_id)
    punto = None
    if r["sesion_id"] is not None:
        punto = next((f"{p['numeracion']}. {p['titulo']}" for p in orden_del_dia(contexto, r["sesion_id"])
                      if p["id"] == r["punto_id"]), r["punto"])
    # Lo que escribió la secretaría, en el idioma de la asociación: en el PDF etiquetado, con su /Lang si el documento
    # sale en otro (documentos/pdf/idioma_de_lo_escrito.py).
    guardado = idioma_de_la_asociacion(contexto)
    datos = DatosResolucion(
        asociacion=asociacion["nombre"], sigla=asociacion["sigla"], papel=asociacion["papel"],
        cita=cita_resolucion(r["tipo"], r["numero"], r["anio"], r["organo"]), titulo=escrito(r["titulo"], guardado),
        texto=escrito(r["texto"], guardado), organo=escrito(r["organo"], guardado),
        sesion=titulo_sesion({"numero": r["sesion_numero"], "tipo": r["sesion_tipo"], "organo": r["organo"]})
        if r["sesion_id"] is not None else None,
        fecha_sesion=date.fromisoformat(r["sesion_fecha"]) if r["sesion_fecha"] else None,
        lugar=escrito(r["sesion_lugar"], guardado),
        punto=punto,
        # El resultado, escrito con sus datos en el idioma del documento (servicios.resultados_en_su_idioma); lo que
        # la emisión afirma (su huella) sigue siendo la frase guardada al votar.
        votacion=votacion_escrita(r) if r["metodo"] else None,
        votos=traducir("A favor: {0} · En contra: {1} · Abstenciones: {2} · Presentes: {3} · "
                       "Con derecho a voto: {4}").format(r["a_favor"], r["en_contra"], r["abstenciones"],
                                                         r["presentes"], r["con_derecho"]) if r["metodo"] else None,
        regla_mayoria=regla_de_la_votacion(contexto, r["organo_id"], r["tipo_decision"], r["sesion_fecha"],
                                           r["regla_mayoria"]) if r["sesion_id"] is not None else r["regla_mayoria"],
        motivo_mayoria=r["motivo_mayoria"], acta=estado_del_acta(r))
    quienes = firmantes(contexto, resolucion_id)
    datos.firmantes = [texto_del_firmante(f) for f in quienes if f["tipo"] == "miembro"]
    datos.adherentes = [texto_del_firmante(f) for f in quienes if f["tipo"] != "miembro"]
    datos.bloques_de_firma = [(f.nombre, f.cargo, f.detalle) for f in firmantes_de_la_resolucion(contexto, r)]
    return emitir(db, emision_resolucion(contexto, resolucion_id), ruta,
                  lambda sello: escribir_archivo(escribir_resolucion_pdf, ruta, datos, sello=sello,
                                                 registro=cabeza_de_cadena(db.conn)))
