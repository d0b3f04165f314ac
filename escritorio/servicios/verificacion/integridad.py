"""Verificar: la integridad del archivo (o las reglas del servidor), las referencias entre tablas y los miembros
(repetidos, en órganos sin ser miembros, con cargos personales, reglas rebajadas sin reforma).
"""

import re
from concurrent.futures import Future, ThreadPoolExecutor

from ...datos import punto_de_control as datos_del_punto
from ...datos import verificacion as datos
from ...datos.base_de_datos import BaseDeDatos
from ...datos.conexion import anotar_comprobacion_entera, comprobar_entera_ahora, ruta_de as ruta_del_archivo
from ...datos.diagnostico import comprobar_integridad
from ...datos.lectura_aparte import abrir_para_leer
from .. import cargos_personales
from .. import no_miembros_en_organos as no_miembros
from ...dominio.puerta import segun_la_puerta
from ...dominio.traduccion import traducir
from .base import BaseVerificada, Verificacion, restaurar


def comprobar_el_archivo(base: BaseVerificada, resultado: Verificacion) -> None:
    """En un archivo, su integridad (SQLite) y las referencias entre tablas; en el servidor, que las hace cumplir
    siempre, sus reglas (los triggers apagados) y lo que dejaría a una tabla temporal hacerles sombra."""
    db = base.db
    if base.servidor:
        _reglas_del_servidor(db, resultado)
        return
    if base.punto is not None and _sellado_desde_la_completa(db, resultado):
        # Sin borrados, una referencia rota solo puede estar en una fila nueva o cambiada: en las filas tocadas.
        rotas = (datos.referencias_rotas(db) if base.borrados else
                 datos_del_punto.referencias_rotas_en(db, {t: f for t, f in base.tocadas.items() if t in base.tablas}))
    elif not _integridad_del_archivo(db, resultado, base.integridad):
        return   # las referencias se leen de páginas dañadas: SQLite las rechaza (el daño ya es el problema)
    else:
        rotas = datos.referencias_rotas(db)
    for fila in rotas:
        resultado.problemas.append(traducir(
            "Referencia rota en la tabla {0} (fila {1}) hacia {2}: la fila apunta a algo que ya no existe (se borró "
            "por fuera de Escritorio). Qué hacer: {3}.").format(fila[0], fila[1], fila[2], restaurar()))


def comprobar_los_miembros(base: BaseVerificada, resultado: Verificacion) -> None:
    """Miembros repetidos, no miembros en órganos o candidaturas, cargos personales y (en un archivo) reglas con
    artículo rebajadas sin reforma."""
    db = base.db
    if base.tiene("miembros") and not base.sin_cambios("miembros"):   # sin cambios: igual que en el punto
        # desde un punto de control, los que cambiaron (y los que hoy tienen su misma clave)
        resultado.problemas += _miembros_repetidos(db, None if base.punto is None else base.tocadas["miembros"])
    if base.tiene("mandatos", "estados_miembro"):
        _de_no_miembros(no_miembros.mandatos(db), resultado)
    if base.tiene("candidaturas", "estados_miembro"):
        _de_no_miembros(no_miembros.candidaturas(db), resultado)
    if base.tiene("mandatos"):
        resultado.avisos += cargos_personales.avisos(db)
    if not base.servidor and base.tiene("reglas_quorum", "normas", "bitacora"):
        from ..reglas_rebajadas import reglas_rebajadas   # una regla con artículo rebajada sin reforma

        resultado.problemas += reglas_rebajadas(db)


def _sellado_desde_la_completa(db: BaseDeDatos, resultado: Verificacion) -> bool:
    """¿El archivo pasó la comprobación entera hace menos de una semana y desde entonces solo lo escribió Escritorio
    (que lo sella al cerrarlo: tamaño, fecha y nodo, datos/integridad.py)? Entonces no se recorre de nuevo."""
    from ...datos import integridad, testigo

    ruta = ruta_del_archivo(db)
    if not integridad.sello_vigente(ruta):
        return False
    anotado = testigo.leer(ruta)
    resultado.detalles.append(traducir(
        "Archivo: comprobado entero el {0}; desde entonces solo lo escribió Escritorio (tamaño, fecha y nodo como los "
        "dejó al cerrarlo). Se recorre entero otra vez a la semana, o si otro programa lo toca.").format(
        str(anotado.comprobada.get("en", "")).replace("T", " ")[:16]))
    return True


def empezar_la_integridad(db: BaseDeDatos) -> Future | None:
    """El `quick_check` del archivo entero, empezado ya en otro hilo con una conexión propia que solo lee
    (datos/lectura_aparte.py): SQLite lo recorre sin el GIL, así que corre a la par de las comprobaciones que hace
    Python (la cadena, los datos, las reglas) en el otro núcleo. None si no es un archivo: se hace al comprobarlo."""
    aparte = abrir_para_leer(db, modo="rw")   # «rw»: para que compruebe también los CHECK (no escribe nada)
    if aparte is None:
        return None

    def recorrer() -> list[str]:
        try:
            return comprobar_integridad(aparte.conn)
        finally:
            aparte.close()

    hilo = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quick_check")
    futuro = hilo.submit(recorrer)
    hilo.shutdown(wait=False)
    return futuro


def _integridad_del_archivo(db: BaseDeDatos, resultado: Verificacion, empezada: Future | None = None) -> bool:
    """`quick_check` del archivo entero (el ya `empezada` en otro hilo, si lo hay); anota cada problema, sella la base
    si pasó (datos/integridad.py) o anota el daño. Devuelve si el archivo está sano."""
    problemas = empezada.result() if empezada is not None else comprobar_integridad(db.conn)
    resultado.problemas += [_problema_de_integridad(p) for p in problemas]
    danado = any(not _regla_rota(p) for p in problemas)   # una fila que rompe un CHECK no es daño del archivo
    anotar_comprobacion_entera(db, sana=not danado)
    return not danado


def _regla_rota(problema: str):
    return re.fullmatch(r"CHECK constraint failed in (\w+)", problema.strip())


def _problema_de_integridad(problema: str) -> str:
    """Un renglón de `quick_check`, dicho para la secretaría. Una fila que no cumple un CHECK no es daño del archivo
    (abrir la base no la busca, ver datos/conexion.py): la escribió un programa que apagó las reglas."""
    regla_rota = _regla_rota(problema)
    if regla_rota:
        return traducir("Regla rota en la tabla {0}: una fila tiene un valor que Escritorio nunca guarda (la escribió "
                        "otro programa, con las reglas de la base apagadas). Qué hacer: {1}.").format(
            regla_rota[1], restaurar())
    return traducir("Integridad: {0} El archivo de la base está dañado: {1}{2}.").format(
        problema, restaurar(), segun_la_puerta(ventana="", linea=", o use «escritorio respaldo recuperar»"))


def _reglas_del_servidor(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Un trigger apagado (solo puede hacerlo quien administra el servidor) deja pasar lo que Escritorio nunca
    guarda."""
    from ...datos.postgres.esquema import reglas_apagadas

    for tabla, regla in reglas_apagadas(db):
        resultado.problemas.append(traducir(
            "Regla apagada en el servidor: «{0}» de la tabla {1}. Alguien con permisos de administración del "
            "servidor la desactivó, y mientras tanto la base admite cambios que Escritorio nunca hace (por ejemplo, "
            "en un acta aprobada). Qué hacer: quien administra el servidor la vuelve a activar (ALTER TABLE {1} ENABLE "
            "TRIGGER {0}) y revisa {2} qué cambió.").format(regla, tabla, segun_la_puerta(
                ventana=traducir("con el menú Archivo, «Verificar la base…»,"), linea="con esta misma orden")))
    resultado.problemas += _sombras_posibles(db)


def _sombras_posibles(db: BaseDeDatos) -> list[str]:
    """Lo que dejaría a una tabla temporal hacer sombra a una regla (issue 58): una base de antes de «servidor
    reforzar», o copiada con CREATE DATABASE … TEMPLATE (los permisos sobre la base no viajan con la copia)."""
    from ...datos.postgres import papeles, sin_sombras

    problemas = []
    arreglo = segun_la_puerta(
        ventana=traducir("Qué hacer: avise a quien administra el servidor: lo arregla reforzando la base (README, "
                         "«Varias personas»)."),
        linea=f"Qué hacer: quien administra el servidor corre «escritorio servidor reforzar {db.url}».")
    if sin_ruta := sin_sombras.funciones_sin_ruta_fija(db):
        problemas.append(traducir("Funciones del servidor sin ruta de búsqueda fija: {0}. Una tabla temporal con el "
                                  "nombre de una tabla que leen les haría sombra. {1}").format(", ".join(sin_ruta),
                                                                                              arreglo))
    if quienes := sin_sombras.temporales_permitidas(db, list(papeles.PAPELES.values())):
        problemas.append(traducir("En esta base del servidor pueden crear tablas temporales: {0}. Las reglas no las "
                                  "leen, pero nadie con un papel de Escritorio debería poder crearlas. {1}").format(
            ", ".join(quienes), arreglo))
    return problemas


# --- miembros repetidos -----------------------------------------------------------------------------

def _de_no_miembros(hallados: list[tuple[str, str]], resultado: Verificacion) -> None:
    """De una solicitante nunca admitida, Escritorio no lo registra: es un problema (se escribió por fuera o es de una
    versión anterior). De un miembro de baja ese día puede venir del programa mismo (una baja con fecha anterior a un
    mandato o una elección ya registrados): es un aviso; igual no integra el órgano ni ocupa cupo."""
    for estado, texto in hallados:
        (resultado.problemas if estado == "solicitante" else resultado.avisos).append(texto)


def _miembros_repetidos(db: BaseDeDatos, ids: set[int] | None = None) -> list[str]:
    """Miembros de una asociación con la misma clave (país, región y nombre sin mayúsculas ni acentos):
    quedan de antes del índice que lo impide, o se escribieron por fuera de Escritorio. `ids`: solo los grupos de
    esos miembros, y sus claves."""
    from ...datos.miembros import claves_desactualizadas, claves_desactualizadas_de, duplicados, duplicados_de

    problemas = []
    ids = None if ids is None else sorted(i for i in ids if isinstance(i, int))
    for grupo in (duplicados(db) if ids is None else duplicados_de(db, ids)):
        primero = grupo[0]
        lista = ", ".join(f"«{m['nombre']}» (id {m['id']})" for m in grupo)
        problemas.append(traducir(
            "Miembros repetidos: {0} tienen el mismo país ({1}), región ({2}) y nombre. Corrija el nombre o la región "
            "de los que son otro miembro; si son el mismo, dé de baja o elimine por error el que sobra.").format(
            lista, primero["pais"], primero["region"] or traducir("sin región")))
    for m in (claves_desactualizadas(db) if ids is None else claves_desactualizadas_de(db, ids)):
        problemas.append(traducir(
            "Miembro «{0}» (id {1}): su nombre, país o región se cambió por fuera de Escritorio y su clave de "
            "emparejamiento quedó vieja (un alta con el nombre anterior se rechazaría). Ábralo en la ficha y guárdelo "
            "para corregirla.").format(m["nombre"], m["id"]))
    return problemas


def verificar_el_archivo(db: BaseDeDatos) -> Verificacion:
    """Solo la integridad del archivo (`quick_check`): la comprobación completa que una copia o una base movida
    dejan pendiente (datos/comprobacion_previa.py), sin recalcular la bitácora ni lo demás de
    `verificar`. Si pasa, la base queda sellada. En el servidor no hay archivo: lo dice."""
    resultado = Verificacion()
    if db.dialecto == "postgresql":
        resultado.detalles.append(segun_la_puerta(
            ventana=traducir("La base está en un servidor: no hay archivo que comprobar (el servidor cuida sus "
                             "archivos). «Verificar la base…», en el menú Archivo, comprueba sus reglas."),
            linea=traducir("La base está en un servidor: no hay archivo que comprobar (el servidor cuida sus "
                           "archivos). «escritorio verificar» comprueba sus reglas.")))
        return resultado
    resultado.problemas += [_problema_de_integridad(p) for p in comprobar_entera_ahora(db)]
    resultado.detalles.append(traducir("Archivo: {0}").format(ruta_del_archivo(db)))
    return resultado
