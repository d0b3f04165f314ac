"""Elegir la asociación de una orden (la de --asociacion o la única de la base), sin importar lo que hace falta para
crear o editar una (servicios/asociaciones.py, que las vuelve a ofrecer): cada orden de la línea de órdenes la elige
y no debe pagar el resto."""

from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..dominio import entrada
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio


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
    direccion_publica: str | None   # la base del sitio donde cualquiera verifica los documentos (migración 0025)
    # Cuándo rige una admisión, la gracia de la primera cuota y el año del excluido (migración 0044,
    # servicios.reglas_de_admision), con sus artículos.
    admision_dias: int
    articulo_admision: str | None
    gracia_primera_cuota: int | None
    articulo_gracia: str | None
    cuota_exclusion: str
    articulo_exclusion: str | None
    miembros: int


def elegir_asociacion(db: BaseDeDatos, sigla: str | None = None) -> FilaAsociacion:
    """La asociación indicada por sigla; sin sigla, la única que haya."""
    if sigla:
        problema = entrada.caracter_prohibido(str(sigla))
        if problema is not None:  # ni siquiera se consulta: SQLite no admite bytes que no son texto
            raise ErrorEscritorio(traducir("No hay ninguna asociación con la sigla «{0}»: {1}.").format(
                entrada.muestra(sigla), problema[1]))
        encontrada = tabla_asociaciones.por_sigla(db, sigla)
        if encontrada:
            return encontrada
        existentes = ", ".join(a["sigla"] for a in tabla_asociaciones.listar(db)) or traducir("ninguna")
        raise ErrorEscritorio(traducir("No hay ninguna asociación con la sigla «{0}» (existentes: {1}).").format(
            entrada.muestra(sigla), existentes))
    todas = tabla_asociaciones.listar(db)
    if not todas:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("Todavía no hay ninguna asociación en esta base. Ábrala con el menú Archivo, «Abrir…»: la "
                             "bienvenida ofrece «Crear una asociación» y «Explorar la red de ejemplo»."),
            linea=traducir("Todavía no hay ninguna asociación en esta base. Cree una con "
                           "«escritorio asociacion crear --nombre … --sigla …» o cargue la red de ejemplo con "
                           "«escritorio demo».")))
    if len(todas) > 1:
        siglas = ", ".join(a["sigla"] for a in todas)
        raise ErrorEscritorio(traducir("Esta base tiene varias asociaciones ({0}): indique cuál con --asociacion SIGLA.")
                              .format(siglas))
    return todas[0]
