"""Ver y editar la ficha de un miembro: datos, historia de población, autoridades, contactos y estados.

Nada de la historia se borra: una cifra, una autoridad o un estado nuevo se agregan con fecha.
"""

import sqlite3
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import correo as tabla_correo
from ..datos import miembros as tabla_miembros
from ..datos import ubicaciones as tabla_ubicaciones
from ..datos.conexion import transaccion
from ..dominio import miembros as reglas
from ..dominio.ficha import FichaMiembro, validar_ficha, validar_poblacion
from ..dominio.miembros import MODOS_INGRESO, TIPOS
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, LARGO_NOMBRE, Revision
from .conflictos import exigir_sin_cambios
from .contexto import Contexto
from .efectos import efectos_del_miembro
from .miembros import anterior_al_ingreso, revisar_motivo_y_fecha
from .reversibles import cambio_reversible
from .ubicaciones import Ubicacion, revisar_ubicacion


class FichaLeida(TypedDict):
    """Los datos de la ficha de un miembro, como los guarda la base."""

    id: int
    asociacion_id: int
    tipo: str
    nombre: str
    pais: str
    region: str | None
    codigo: str | None
    fecha_ingreso: str | None
    modo_ingreso: str
    fundador: bool
    correo: str | None
    telefono: str | None
    creado_en: str
    clave: str | None
    poblaciones: list[dict]
    estados: list[dict]
    autoridades: list[dict]
    contactos: list[dict]
    estado_vigente_id: int | None
    estado_vigente: str
    # El estado vigente como lo lee una persona: «Activo»; admitida cuya admisión rige después, «Solicitante —
    # miembro desde 22/12/2026» (dominio.miembros.estado_en_palabras).
    estado_en_palabras: str
    admitida_desde: str | None   # la ciudad admitida cuya admisión todavía no rige: desde cuándo es miembro
    decisiones: list[dict]   # servicios.efectos.EfectoDelMiembro: lo que una resolución decidió sobre el miembro
    ubicacion: Ubicacion | None   # su lugar en el mapa (servicios.ubicaciones), o None si no está ubicado

# Los campos de la pestaña «Datos» que un formulario abierto podría pisar, con su rótulo y cómo se muestran.
CAMPOS_FICHA = {"nombre": "Nombre", "pais": "País", "region": "Región", "codigo": "Código oficial", "tipo": "Tipo",
                "fecha_ingreso": "Fecha de ingreso", "modo_ingreso": "Modo de ingreso", "fundador": "Fundador",
                "correo": "Correo", "telefono": "Teléfono"}


CAMPOS_CONTACTO = {"nombre": "Nombre", "rol": "Rol", "correo": "Correo", "telefono": "Teléfono"}


def _mostrar_campos() -> dict:
    from ..dominio.paises import nombre_pais

    vacio = traducir("(vacío)")
    return {"pais": lambda v: nombre_pais(v) if v else vacio,
            "tipo": lambda v: traducir(TIPOS[v]) if v in TIPOS else v or vacio,
            "modo_ingreso": lambda v: traducir(MODOS_INGRESO[v]) if v in MODOS_INGRESO else v or vacio,
            "fundador": lambda v: traducir("sí") if v else traducir("no"),
            "fecha_ingreso": lambda v: formato.fecha(v) if v else vacio}


def _error_de_campos(errores: dict[str, str]) -> ErrorValidacion:
    return ErrorValidacion(traducir("Revise los datos marcados:") + "\n"
                           + "\n".join(f"  - {m}" for m in errores.values()), campos=errores)


def _anio(anio: object, hoy: date | None) -> int | None:
    """El año de una cifra es opcional: vacío significa «año desconocido»."""
    return None if reglas.esta_vacio(anio) else reglas.leer_anio(anio, hoy)


def obtener_ficha(db: BaseDeDatos, miembro_id: int) -> FichaLeida:
    """La ficha con su historia completa (claves: los campos del miembro + poblaciones, estados, autoridades, contactos)."""
    datos = tabla_miembros.ficha(db, miembro_id)
    if datos is None:
        raise ErrorEscritorio(traducir("No existe el miembro con id {0}.").format(miembro_id))
    datos["fundador"] = bool(datos["fundador"])
    datos.update(tabla_miembros.historia(db, miembro_id))
    # El estado vigente es el último con fecha de hoy o anterior (uno futuro queda programado).
    hoy = fecha_de_hoy().isoformat()
    vigente = next((e for e in datos["estados"] if e["desde"] <= hoy), None)
    datos["estado_vigente_id"] = vigente["id"] if vigente else None
    datos["estado_vigente"] = vigente["estado"] if vigente else "activo"
    datos["estado_en_palabras"] = reglas.estado_en_palabras(datos["estado_vigente"], datos["fecha_ingreso"], hoy)
    datos["admitida_desde"] = (datos["fecha_ingreso"] if reglas.admitida_sin_regir(
        datos["estado_vigente"], datos["fecha_ingreso"], hoy) else None)
    datos["decisiones"] = efectos_del_miembro(db, miembro_id)
    datos["ubicacion"] = tabla_ubicaciones.del_miembro(db, miembro_id)   # {latitud, longitud, fuente} o None
    return datos


def _fila(ficha: FichaMiembro) -> dict:
    fila = {campo.name: getattr(ficha, campo.name) for campo in fields(ficha)}   # asdict, sin copias profundas
    fila["fecha_ingreso"] = ficha.fecha_ingreso.isoformat() if ficha.fecha_ingreso else None
    fila["fundador"] = int(ficha.fundador)
    return fila


def _ya_existe(otro: dict) -> str:
    donde = ", ".join(filter(None, [otro["pais"], otro["region"] or traducir("sin región"),
                                    traducir("código {0}").format(otro["codigo"]) if otro["codigo"] else None,
                                    f"id {otro['id']}"]))
    return traducir("Ya existe el miembro «{0}» ({1}) con el mismo país, región y nombre (sin contar mayúsculas ni "
                    "acentos). Si es el mismo, ábralo desde el padrón; si es otro, agregue al nombre algo que lo "
                    "distinga (por ejemplo, el departamento o la provincia) o el código oficial de ambos.").format(
        otro["nombre"], donde)


def _choque_con_otro(db: BaseDeDatos, asociacion_id: int, ficha: FichaMiembro, miembro_id: int | None,
                     antes: dict | None) -> tuple[str | None, bool]:
    """(motivo si la ficha iguala la clave de otro miembro, o None; si se conserva la clave guardada).

    Un miembro que ya estaba repetido antes del índice se puede seguir editando mientras no cambie su nombre,
    país ni región: conserva la clave que tenía (la migración dejó vacía la de los repetidos) y «verificar»
    lo sigue informando.
    """
    otro = tabla_miembros.con_la_misma_clave(db, asociacion_id, ficha.pais, ficha.region, ficha.nombre, ficha.codigo, miembro_id)
    if otro is None:
        return None, False
    if antes and (reglas.clave_emparejamiento(antes["pais"], antes["region"], antes["nombre"])
                  == reglas.clave_emparejamiento(ficha.pais, ficha.region, ficha.nombre)):
        return None, True
    return _ya_existe(otro), False


def _choque_del_indice(db: BaseDeDatos, asociacion_id: int, ficha: FichaMiembro, error: sqlite3.IntegrityError) -> ErrorValidacion:
    """La base rechazó el duplicado (una clave guardada que no coincide, escrita por fuera de Escritorio)."""
    texto = str(error)
    if "miembros.codigo" in texto:
        return _error_de_campos({"codigo": traducir("El código {0} ya pertenece a otro miembro.").format(ficha.codigo)})
    if "miembros.clave" in texto:
        otro = tabla_miembros.sin_codigo_con_la_clave(db, asociacion_id, tabla_miembros.clave_de(ficha.pais, ficha.region, ficha.nombre))
        if otro:
            return _error_de_campos({"nombre": _ya_existe(otro)})
    raise error


def guardar_ficha(contexto: Contexto, ficha: FichaMiembro, *, miembro_id: int | None = None,
                  poblacion: tuple[object, object, str | None] | None = None, hoy: date | None = None,
                  leida: dict | None = None, solicitud: date | None = None,
                  ubicacion: tuple[object, object, str | None] | None = None, quitar_ubicacion: bool = False) -> int:
    """Crea (sin `miembro_id`) o actualiza un miembro. Al crear, `poblacion` = (cifra, año, fuente) es obligatoria;
    `ubicacion` = (latitud, longitud, fuente), opcional, lo pone en el mapa en la misma transacción (la que propone
    el nomenclátor y la secretaría aceptó); al editar, la cambia, y `quitar_ubicacion` lo saca del mapa. Sin ninguna
    de las dos, la ubicación queda como estaba.

    Con `solicitud` (una fecha), el alta es la de una ciudad que pidió ingresar: queda «solicitante» desde esa fecha,
    sin fecha de ingreso, hasta que una resolución de admisión la admita (servicios.efectos.registrar_solicitud).

    `leida` es la ficha tal como se leyó al abrir el formulario: si otro programa cambió alguno de sus campos
    desde entonces, lanza ErrorConflicto (con lo que cambió) y no guarda nada. Para sobrescribir a sabiendas,
    se vuelve a guardar con `leida=error.actual`.

    Lanza ErrorValidacion con `.campos` (campo -> motivo) si algo no es válido; no guarda nada. Lo que
    depende de los demás miembros (código y clave únicos) se decide dentro de la transacción de escritura:
    otra ventana o una importación no pueden dar de alta al mismo miembro entre la comprobación y el alta.
    """
    db, asociacion_id = contexto.db, contexto.asociacion_id
    hoy = hoy or fecha_de_hoy()
    ficha = ficha.limpia()
    # El país debe ser uno de la asociación; un miembro ya guardado de otro país (cargado antes de esta regla)
    # se puede seguir editando mientras no se le cambie el país.
    guardado = tabla_miembros.ficha(db, miembro_id) if miembro_id is not None else None
    paises = None if guardado and guardado["pais"] == ficha.pais else tabla_asociaciones.paises(db, asociacion_id)
    errores = validar_ficha(ficha, hoy, paises)
    if (guardado and ficha.fecha_ingreso and guardado["fecha_ingreso"] == ficha.fecha_ingreso.isoformat()
            and ficha.fecha_ingreso > hoy):
        # La fecha de ingreso futura que puso una resolución de admisión («desde el día siguiente a la sesión») se
        # conserva al guardar otros datos de la ficha; escribirla a mano sigue sin poder ser futura.
        errores.pop("fecha_ingreso", None)
    if miembro_id is None and solicitud is None:
        if poblacion is None:
            errores["poblacion"] = traducir("La población es obligatoria.")
        else:
            errores.update(validar_poblacion(poblacion[0], poblacion[1], hoy))
    elif miembro_id is None and poblacion is not None:
        errores.update(validar_poblacion(poblacion[0], poblacion[1], hoy))
    if ubicacion is not None:
        try:
            ubicacion = revisar_ubicacion(*ubicacion)
        except ErrorValidacion as error:
            errores.update(error.campos)
    # Editar una ficha se puede deshacer (Edición › Deshacer); dar de alta, no.
    escritura = transaccion(db) if miembro_id is None else cambio_reversible(
        contexto, "ficha", [("miembros", "id", miembro_id), ("ubicaciones_miembro", "miembro_id", miembro_id)],
        (ficha.nombre or "").strip())
    with escritura:
        antes = None
        if miembro_id is not None:
            antes = tabla_miembros.ficha(db, miembro_id)
            if antes is None:
                if leida is not None:
                    raise ErrorEscritorio(traducir(
                        "No se guardó nada: mientras la ficha estaba abierta, otro programa eliminó al miembro «{0}» "
                        "(id {1}). Cierre la ficha; si hace falta, vuelva a darlo de alta.").format(
                        leida.get("nombre"), miembro_id))
                raise ErrorEscritorio(traducir("No existe el miembro con id {0}.").format(miembro_id))
            exigir_sin_cambios(leida, antes, {campo: traducir(CAMPOS_FICHA[campo]) for campo in CAMPOS_FICHA},
                               traducir("el miembro «{0}»").format(antes["nombre"]), _mostrar_campos())
        # Un texto que no se puede guardar (ya marcado en su campo) no se busca en la base: no llegaría a ella.
        if ficha.codigo and "codigo" not in errores and tabla_miembros.codigo_en_uso(db, asociacion_id, ficha.codigo,
                                                                            miembro_id):
            errores["codigo"] = traducir("El código {0} ya pertenece a otro miembro.").format(ficha.codigo)
        conservar_clave = False
        if not {"nombre", "pais", "region", "codigo"} & set(errores):
            choque, conservar_clave = _choque_con_otro(db, asociacion_id, ficha, miembro_id, antes)
            if choque:
                errores["nombre"] = choque
        if errores:
            raise _error_de_campos(errores)
        try:
            if miembro_id is None:
                miembro_id = tabla_miembros.insertar_ficha(db, asociacion_id, _fila(ficha))
                if poblacion is not None:
                    cifra, anio, fuente = poblacion
                    tabla_miembros.insertar_poblacion(db, miembro_id, reglas.leer_poblacion(cifra), _anio(anio, hoy),
                                             fuente or None)
                if solicitud is not None:
                    tabla_miembros.insertar_estado(db, miembro_id, reglas.SOLICITANTE, solicitud.isoformat(),
                                          "Solicitud de ingreso")
                else:
                    tabla_miembros.insertar_estado(db, miembro_id, "activo", (ficha.fecha_ingreso or hoy).isoformat(), "Alta")
            else:
                tabla_miembros.actualizar_ficha(db, miembro_id, _fila(ficha), conservar_clave=conservar_clave)
            if ubicacion is not None:
                tabla_ubicaciones.guardar(db, miembro_id, *ubicacion)
            elif quitar_ubicacion:
                tabla_ubicaciones.quitar(db, miembro_id)
        except sqlite3.IntegrityError as error:
            raise _choque_del_indice(db, asociacion_id, ficha, error) from None
    return miembro_id


# --- Alta de muchos miembros con su historia ---------------------------------------------------------------------

@dataclass
class AutoridadDelAlta:
    persona: str
    desde: date
    cargo: str | None = None        # vacío: el del país (Intendente, Prefeito…), como en `registrar_autoridad`
    hasta: date | None = None


@dataclass
class ContactoDelAlta:
    nombre: str
    rol: str | None = None
    correo: str | None = None
    telefono: str | None = None


@dataclass
class AltaDeMiembro:
    """Un miembro nuevo con su historia, lo que en la ventana son varios pasos: la ficha con su población (como
    `guardar_ficha`), el motivo de su alta, la autoridad con su mandato (`registrar_autoridad`), sus contactos
    (`guardar_contacto`) y, si ya se fue, su baja con fecha y motivo (`miembros.dar_de_baja`)."""

    ficha: FichaMiembro
    poblacion: tuple[object, object, str | None]    # (cifra, año, fuente): obligatoria, como al crear una ficha
    motivo: str = "Alta"                             # el del estado «activo» desde el ingreso
    autoridad: AutoridadDelAlta | None = None
    contactos: list[ContactoDelAlta] = field(default_factory=list)
    baja: date | None = None                         # un miembro que ya se fue: su baja (antes de hoy) y el motivo
    motivo_baja: str | None = None
    ubicacion: tuple[object, object, str | None] | None = None   # (latitud, longitud, fuente): su lugar en el mapa


def _revisar_alta(alta: AltaDeMiembro, hoy: date, paises) -> tuple[FichaMiembro, dict, list[str]]:
    """(la ficha limpia, lo que se escribe, los problemas): las reglas de cada paso del alta, sin mirar la base."""
    ficha = alta.ficha.limpia()
    errores = validar_ficha(ficha, hoy, paises)
    cifra, anio, fuente = alta.poblacion
    errores.update(validar_poblacion(cifra, anio, hoy))
    revision = Revision()
    fuente = revision.texto(traducir("Fuente"), fuente, maximo=LARGO_CORTO, obligatorio=False, clave="fuente")
    motivo = revision.texto(traducir("Motivo"), alta.motivo, maximo=LARGO_CORTO, clave="motivo")
    errores.update(revision.campos)
    problemas = list(errores.values())
    escribir = {"motivo": motivo, "fuente": fuente, "autoridad": None, "contactos": [], "motivo_baja": None,
                "ubicacion": None}
    if alta.ubicacion is not None:
        try:
            escribir["ubicacion"] = revisar_ubicacion(*alta.ubicacion)
        except ErrorValidacion as error:
            problemas += error.campos.values()
    if alta.autoridad is not None:
        a = alta.autoridad
        persona, cargo, malos = _revisar_autoridad(a.persona, a.cargo, a.desde, a.hasta)
        problemas += malos.values()
        escribir["autoridad"] = (persona, cargo)
    for c in alta.contactos:
        valores, malos = _revisar_contacto(c.nombre, c.rol, c.correo, c.telefono)
        problemas += malos.values()
        escribir["contactos"].append(valores)
    if alta.baja is not None or alta.motivo_baja is not None:
        motivo_baja, malos = revisar_motivo_y_fecha("baja", alta.baja, alta.motivo_baja)
        ingreso = ficha.fecha_ingreso.isoformat() if ficha.fecha_ingreso else None
        if "desde" not in malos and alta.baja is not None and anterior_al_ingreso(alta.baja, ingreso):
            malos["desde"] = anterior_al_ingreso(alta.baja, ingreso)
        elif alta.baja is None:
            malos["desde"] = traducir("Indique la fecha de la baja.")
        problemas += malos.values()
        escribir["motivo_baja"] = motivo_baja
    return ficha, escribir, problemas


def _no_se_dio_de_alta(problemas: list[str]) -> ErrorValidacion:
    return ErrorValidacion(traducir("No se dio de alta ningún miembro:") + "\n"
                           + "\n".join(f"  - {p}" for p in problemas), problemas)


def dar_de_alta(contexto: Contexto, altas: list[AltaDeMiembro], *, hoy: date | None = None) -> list[int]:
    """Da de alta muchos miembros con su historia (`AltaDeMiembro`), en orden y en UNA transacción, y devuelve sus
    ids en ese orden. Cada paso con las reglas de la ventana (ficha, población, autoridad, contactos, baja); los
    problemas de todos se informan juntos, cada uno con su miembro, y si hay uno no se escribe nada. Lo que depende
    de los demás miembros (código y clave únicos, también entre los del lote) se decide con la base tomada."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    hoy = hoy or fecha_de_hoy()
    paises = tabla_asociaciones.paises(db, asociacion_id)
    revisadas, problemas = [], []
    for alta in altas:
        ficha, escribir, malos = _revisar_alta(alta, hoy, paises)
        problemas += [f"{ficha.nombre or traducir('(sin nombre)')}: {m}" for m in malos]
        revisadas.append((alta, ficha, escribir))
    if problemas:
        raise _no_se_dio_de_alta(problemas)
    with transaccion(db):
        # Quién sería el mismo miembro (datos.miembros.con_la_misma_clave: la misma clave de emparejamiento, salvo
        # que los dos tengan código), con las claves de los miembros de cada país calculadas una vez y las del lote
        # sumadas a medida que se revisan; los códigos del lote, también entre ellos.
        por_clave: dict[tuple[str, str, str], list[dict]] = {}
        for pais in dict.fromkeys(ficha.pais for _, ficha, _ in revisadas):
            for fila in tabla_miembros.del_pais(db, asociacion_id, pais):
                por_clave.setdefault(reglas.clave_emparejamiento(fila["pais"], fila["region"], fila["nombre"]),
                                     []).append(fila)
        codigos: set[str] = set()
        siguiente = tabla_miembros.proximo_id(db)
        ids = list(range(siguiente, siguiente + len(revisadas)))
        filas: dict[str, list[tuple]] = {"miembros": [], "poblaciones": [], "estados": [], "autoridades": [],
                                         "contactos": [], "ubicaciones": []}
        for miembro_id, (alta, ficha, escribir) in zip(ids, revisadas):
            if ficha.codigo and (ficha.codigo in codigos or tabla_miembros.codigo_en_uso(db, asociacion_id, ficha.codigo, None)):
                raise _no_se_dio_de_alta([f"{ficha.nombre}: " + traducir("El código {0} ya pertenece a otro miembro.")
                                          .format(ficha.codigo)])
            clave = reglas.clave_emparejamiento(ficha.pais, ficha.region, ficha.nombre)
            otro = next((f for f in por_clave.get(clave, []) if not (ficha.codigo and f["codigo"])), None)
            if otro is not None:
                raise _no_se_dio_de_alta([f"{ficha.nombre}: {_ya_existe(otro)}"])
            por_clave.setdefault(clave, []).append({"id": miembro_id, "nombre": ficha.nombre, "pais": ficha.pais,
                                                    "region": ficha.region, "codigo": ficha.codigo})
            if ficha.codigo:
                codigos.add(ficha.codigo)
            f = _fila(ficha)
            filas["miembros"].append((miembro_id, asociacion_id, f["tipo"], f["nombre"], f["pais"], f["region"],
                                      f["codigo"], f["fecha_ingreso"], f["modo_ingreso"], f["fundador"], f["correo"],
                                      f["telefono"], tabla_miembros.texto_de_clave(clave)))
            cifra, anio, _ = alta.poblacion
            filas["poblaciones"].append((miembro_id, reglas.leer_poblacion(cifra), _anio(anio, hoy),
                                         escribir["fuente"]))
            filas["estados"].append((miembro_id, "activo", (ficha.fecha_ingreso or hoy).isoformat(),
                                     escribir["motivo"]))
            if alta.baja is not None:
                filas["estados"].append((miembro_id, "baja", alta.baja.isoformat(), escribir["motivo_baja"].strip()))
            if alta.autoridad is not None:
                persona, cargo = escribir["autoridad"]
                a = alta.autoridad
                filas["autoridades"].append((miembro_id, persona.strip(),
                                             (cargo or "").strip() or reglas.cargo_local(ficha.pais),
                                             a.desde.isoformat(), a.hasta.isoformat() if a.hasta else None))
            filas["contactos"] += [(miembro_id, *valores) for valores in escribir["contactos"]]
            if escribir["ubicacion"] is not None:
                filas["ubicaciones"].append((miembro_id, *escribir["ubicacion"]))
        # Como la importación: de a lotes, con los ids puestos de antemano (la base está tomada).
        tabla_miembros.escribir_lotes(db, [(tabla_miembros.INSERTAR_MIEMBRO, filas["miembros"]),
                                  (tabla_miembros.INSERTAR_POBLACION, filas["poblaciones"]),
                                  (tabla_miembros.INSERTAR_ESTADO, filas["estados"]),
                                  (tabla_miembros.INSERTAR_AUTORIDAD, filas["autoridades"]),
                                  (tabla_miembros.INSERTAR_CONTACTO, filas["contactos"]),
                                  (tabla_ubicaciones.INSERTAR, filas["ubicaciones"])])
    return ids


def agregar_poblacion(db: BaseDeDatos, miembro_id: int, cifra: object, anio: object, fuente: str | None = None,
                      hoy: date | None = None) -> None:
    """Agrega una cifra de población con su año y fuente; la vigente es la del año más reciente."""
    errores = validar_poblacion(cifra, anio, hoy or fecha_de_hoy())
    revision = Revision()
    fuente = revision.texto(traducir("Fuente"), fuente, maximo=LARGO_CORTO, obligatorio=False, clave="fuente")
    errores.update(revision.campos)
    if errores:
        raise _error_de_campos(errores)
    with transaccion(db):   # que el miembro exista, con la base tomada: otra ventana pudo eliminarlo recién
        obtener_ficha(db, miembro_id)
        tabla_miembros.insertar_poblacion(db, miembro_id, reglas.leer_poblacion(cifra), _anio(anio, hoy), fuente)


def _revisar_autoridad(persona: str, cargo: str | None, desde: date,
                       hasta: date | None) -> tuple[str | None, str | None, dict[str, str]]:
    """(persona, cargo, errores): las reglas de una autoridad (registrar_autoridad y el alta en lote)."""
    errores = {}
    revision = Revision()
    if not persona or not persona.strip():
        errores["persona"] = traducir("Escriba el nombre de la autoridad.")
    else:
        persona = revision.texto(traducir("Autoridad"), persona, maximo=LARGO_NOMBRE, clave="persona")
    cargo = revision.texto(traducir("Cargo"), cargo, maximo=LARGO_CORTO, obligatorio=False, clave="cargo")
    revision.fecha(traducir("Desde"), desde, historica=True, futura=True, clave="desde")
    revision.fecha(traducir("Hasta"), hasta, historica=True, futura=True, clave="hasta")
    errores.update(revision.campos)
    if hasta and hasta < desde and "hasta" not in errores:
        errores["hasta"] = traducir("El fin del mandato no puede ser anterior a su inicio.")
    return persona, cargo, errores


def registrar_autoridad(db: BaseDeDatos, miembro_id: int, persona: str, cargo: str | None, desde: date,
                        hasta: date | None = None) -> None:
    """La nueva autoridad asume en `desde`; la anterior termina el día antes."""
    persona, cargo, errores = _revisar_autoridad(persona, cargo, desde, hasta)
    if errores:
        raise _error_de_campos(errores)
    with transaccion(db):  # las autoridades se leen con la base tomada: otra ventana pudo registrar una recién
        miembro = obtener_ficha(db, miembro_id)
        # Un mandato pasado cargado tarde termina el día antes del que lo siguió.
        siguiente = min((date.fromisoformat(a["desde"]) for a in miembro["autoridades"]
                         if a["desde"] and a["desde"] > desde.isoformat()), default=None)
        if hasta is None and siguiente is not None:
            hasta = siguiente - timedelta(days=1)
        tabla_miembros.cerrar_autoridades(db, miembro_id, (desde - timedelta(days=1)).isoformat(), desde.isoformat())
        tabla_miembros.insertar_autoridad(db, miembro_id, persona.strip(),
                                 (cargo or "").strip() or reglas.cargo_local(miembro["pais"]),
                                 desde.isoformat(), hasta.isoformat() if hasta else None)


def _revisar_contacto(nombre: str, rol: str | None, correo: str | None,
                      telefono: str | None) -> tuple[list, dict[str, str]]:
    """([nombre, rol, correo, teléfono] como se guardan, errores): las reglas de un contacto (guardar_contacto y el
    alta en lote)."""
    errores = {}
    revision = Revision()
    if not nombre or not nombre.strip():
        errores["nombre"] = traducir("Escriba el nombre del contacto.")
    else:
        nombre = revision.texto(traducir("Nombre"), nombre, maximo=LARGO_NOMBRE, clave="nombre")
    rol = revision.texto(traducir("Rol"), rol, maximo=LARGO_CORTO, obligatorio=False, clave="rol")
    correo = revision.texto(traducir("Correo"), correo, maximo=LARGO_CORTO, obligatorio=False, clave="correo")
    telefono = revision.texto(traducir("Teléfono"), telefono, maximo=LARGO_CORTO, obligatorio=False, clave="telefono")
    errores.update(revision.campos)
    if correo and "correo" not in errores:
        try:
            reglas.leer_correo(correo)
        except ValueError as error:
            errores["correo"] = traducir("El correo {0}.").format(error)
    if errores:
        return [], errores
    return [nombre.strip(), (rol or "").strip() or None, (correo or "").strip() or None,
            (telefono or "").strip() or None], errores


def guardar_contacto(db: BaseDeDatos, miembro_id: int, nombre: str, rol: str | None = None, correo: str | None = None,
                     telefono: str | None = None, contacto_id: int | None = None, leido: dict | None = None,
                     recibe: object = None) -> int:
    """Contacto con rol (por ejemplo «Enlace técnico»). Los contactos no son historia: se pueden quitar.

    `leido`: el contacto como se mostró al abrir su formulario; si otro programa lo cambió o lo quitó desde
    entonces, no se guarda nada (ErrorConflicto o un mensaje). `recibe`: qué clases de correo recibe
    («convocatoria,acta», o una lista; vacío: ninguna), en la misma escritura (`servicios.correo.fijar_lo_que_recibe`
    dice la regla); None lo deja como estaba."""
    valores, errores = _revisar_contacto(nombre, rol, correo, telefono)
    clases = _revisar_lo_que_recibe(recibe, valores[2] if valores else correo, errores)
    if errores:
        raise _error_de_campos(errores)
    with transaccion(db):   # que el miembro exista, con la base tomada: otra ventana pudo eliminarlo recién
        obtener_ficha(db, miembro_id)
        if contacto_id is None:
            contacto_id = tabla_miembros.insertar_contacto(db, miembro_id, *valores)
        else:
            if leido is not None:
                actual = tabla_miembros.contacto(db, miembro_id, contacto_id)
                if actual is None:
                    raise ErrorEscritorio(traducir(
                        "No se guardó nada: mientras el formulario estaba abierto, otro programa quitó el contacto "
                        "«{0}». Cierre el formulario; si hace falta, agréguelo de nuevo.").format(leido.get("nombre")))
                exigir_sin_cambios(leido, actual, {campo: traducir(CAMPOS_CONTACTO[campo]) for campo in
                                                   CAMPOS_CONTACTO}, traducir("el contacto «{0}»").format(actual["nombre"]))
            tabla_miembros.actualizar_contacto(db, miembro_id, contacto_id, *valores)
        if recibe is not None:
            tabla_correo.fijar_recibe(db, contacto_id, clases)
        return contacto_id


def _revisar_lo_que_recibe(recibe: object, correo: str | None, errores: dict[str, str]) -> str | None:
    """Las clases de correo que recibe un contacto, como se guardan; el problema, en `errores["recibe"]`."""
    from ..dominio.correo import leer_clases

    if recibe is None:
        return None
    try:
        clases = leer_clases(recibe if isinstance(recibe, str) else ",".join(recibe))
    except ValueError as error:
        errores["recibe"] = traducir("Recibe: {0}.").format(error)
        return None
    if clases and not (correo or "").strip():
        errores["recibe"] = traducir("Un contacto sin correo no recibe nada: escriba su correo o desmarque lo que "
                                     "recibe.")
    return clases


def quitar_contacto(db: BaseDeDatos, contacto_id: int, miembro_id: int | None = None) -> None:
    """Quita un contacto. Con `miembro_id`, solo si es de ese miembro (si no, un error que dice cómo verlos)."""
    with transaccion(db):
        if miembro_id is not None and tabla_miembros.contacto(db, miembro_id, contacto_id) is None:
            raise ErrorEscritorio(traducir("El miembro {0} no tiene el contacto {1}; sus contactos, con su número, se "
                                           "ven en su ficha o con «miembros contactos {0}».").format(
                miembro_id, contacto_id))
        tabla_miembros.quitar_contacto(db, contacto_id)


# --- Solicitud de ingreso ---------------------------------------------------------------------------------------

class SolicitudRegistrada(TypedDict):
    """La ciudad registrada como solicitante."""

    id: int
    nombre: str
    pais: str
    desde: str


def registrar_solicitud(contexto: Contexto, nombre: str, pais: str, *, poblacion: object = None,
                        anio_poblacion: object = None, fecha: date | None = None, tipo: str = "municipio",
                        region: str | None = None) -> SolicitudRegistrada:
    """Registra una ciudad que pidió ingresar: queda «solicitante» desde `fecha` (por omisión, hoy), sin fecha de
    ingreso. No integra órganos ni figura en el padrón vigente ni en la emisión de cuotas hasta que una resolución de
    admisión la admita. Las mismas reglas que el alta de un miembro (servicios.ficha.guardar_ficha)."""
    fecha = fecha or fecha_de_hoy()
    if fecha > fecha_de_hoy():
        raise ErrorValidacion(traducir("No se registró la solicitud: la fecha de la solicitud ({0}) es posterior a "
                                       "hoy.").format(formato.fecha(fecha)))
    poblacion_ = None if poblacion is None else (poblacion, anio_poblacion, None)
    miembro_id = guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, tipo=tipo, region=region),
                               poblacion=poblacion_, solicitud=fecha)
    ficha = tabla_miembros.ficha_corta(contexto.db, miembro_id)
    return {"id": miembro_id, "nombre": ficha["nombre"], "pais": pais.strip().upper(), "desde": fecha.isoformat()}
