"""Las páginas de verificación del sitio publicado: una por documento emitido (su QR lleva allí), con lo que el
documento afirma si es de clase pública, y las huellas de las copias que `documento verificar` reconoce (las emitidas
y las firmadas digitalmente). `publicacion.contenido_del_sitio` las suma al contenido del sitio."""

from __future__ import annotations

from ..datos import documentos as tabla_documentos
from ..documentos.sitio.contenido import DocumentoVerificable
from ..dominio.publicacion import documento_publico
from ..dominio.traduccion import traducir
from ..dominio.verificacion import VIGENTE, tipo_en_palabras, veredicto_reservado
from .contexto import Contexto
from .copias_firmadas import copias_firmadas
from .verificar_documento import copia_registrada, verificar_codigo


def documentos_verificables(contexto: Contexto, incluir: frozenset[str], sesion_de: dict[int, int | None],
                            enteras: set[int]) -> list[DocumentoVerificable]:
    """Las páginas de verificación de cada documento emitido, porque su QR lleva allí. Las de clase pública (o
    pedida) dicen lo que el documento afirma; una resolución, solo si su sesión se publica entera (su acta está
    aprobada, o se pidió «sin_aprobar»). Las demás (un recibo, un aviso, un borrador…) quedan reservadas: el
    veredicto y las huellas de sus copias, para que quien tiene el papel compruebe que es una copia emitida, sin
    nada de lo que dice (ni su clase ni su fecha)."""
    publicos = []
    firmadas = copias_firmadas(contexto)
    for documento in tabla_documentos.documentos_de_la_asociacion(contexto.db, contexto.asociacion_id):
        verificacion = verificar_codigo(contexto.db, documento["codigo"])
        # Solo las copias cuyo registro cubre la bitácora sellada, como `documento verificar`: una fila agregada con
        # sqlite3 no hace de un archivo cualquiera una copia emitida en la página pública.
        copias = [a for a in tabla_documentos.archivos_de(contexto.db, documento["id"])
                  if copia_registrada(contexto.db, a["id"])]
        if not documento_publico(documento["tipo"], incluir) or (
                documento["tipo"] == "resolucion" and sesion_de.get(documento["referencia"]) not in enteras):
            veredicto, motivos = veredicto_reservado(verificacion.veredicto)   # sin su clase: ni «Borrador…»
            publicos.append(DocumentoVerificable(
                codigo=documento["codigo"], tipo=traducir("Documento"), veredicto=veredicto,
                vigente=verificacion.veredicto == VIGENTE, motivos=motivos, datos=[], emitido_en=None,
                copias=[{"copia": a["copia"], "sha256": a["sha256"], "generado_en": None} for a in copias],
                reservado=True, firmadas=firmadas.get(documento["codigo"], [])))
            continue
        publicos.append(DocumentoVerificable(
            codigo=documento["codigo"], tipo=tipo_en_palabras(documento["tipo"]), veredicto=verificacion.titulo,
            vigente=verificacion.veredicto == VIGENTE, motivos=list(verificacion.motivos),
            datos=[list(par) for par in verificacion.documento], emitido_en=documento["emitido_en"],
            copias=[{"copia": a["copia"], "sha256": a["sha256"], "generado_en": a["generado_en"]} for a in copias],
            firmadas=firmadas.get(documento["codigo"], [])))
    return publicos
