"""Una sesión que viaja: se lleva del servidor a una copia local, se trabaja sin conexión y se devuelve.

Llevar marca la sesión en el servidor (una fila de `sesiones_de_viaje`, con la huella de sus filas): desde entonces el
servidor rechaza cualquier cambio en ella (la sesión, su orden del día, asistencia, votaciones, resoluciones,
elecciones, acta y fe de erratas) hasta que vuelva, o hasta que alguien de secretaría cancele el viaje con un motivo
(lo hecho en la copia ya no vuelve). Devolver, en una transacción del servidor:
1. exige que la sesión esté marcada como llevada, por el mismo login que la devuelve;
2. exige que sus filas en el servidor den la misma huella que al llevarla (nadie las tocó, ni saltando la marca);
3. aplica lo que cambió en la copia: borra lo borrado, cambia lo cambiado y agrega lo nuevo (con números nuevos del
   servidor: mientras tanto se pudieron usar los mismos en otras sesiones), con las referencias entre filas nuevas
   traducidas;
4. un acta aprobada en la copia se aprueba al final, con la huella del registro que da el servidor (la de la copia
   tiene los números de la copia);
5. comprueba que las filas de la sesión en el servidor son las de la copia y da el viaje por devuelto.
Los documentos emitidos en la copia vuelven después, en la misma transacción (servicios/viaje).
Cualquier falla deshace todo: la sesión sigue marcada y la copia local queda como estaba.
"""

import hashlib
from dataclasses import dataclass

from ...dominio.traduccion import traducir
from ...errores import ErrorEscritorio
from ..esquema.sala import SESION_DE as SESION_DE_LA_SALA
from . import columnas_de

# Las tablas del registro de una sesión, en orden (las referidas antes), con la sesión de cada fila ({fila}: la fila).
_POR_PUNTO = "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id)"
_POR_ELECCION = ("(SELECT p.sesion_id FROM elecciones e JOIN puntos_orden p ON p.id = e.punto_id "
                 "WHERE e.id = {fila}.eleccion_id)")


@dataclass(frozen=True)
class TablaDeLaSesion:
    nombre: str
    sesion: str
    clave: tuple[str, ...] = ("id",)


TABLAS = (
    TablaDeLaSesion("sesiones", "{fila}.id"),
    TablaDeLaSesion("puntos_orden", "{fila}.sesion_id"),
    TablaDeLaSesion("puntos_aprobacion_acta", _POR_PUNTO),   # qué acta aprueba un punto (de la sesión del punto)
    TablaDeLaSesion("puntos_miembros", _POR_PUNTO),          # a quién admite o excluye un punto
    TablaDeLaSesion("asistencias", "{fila}.sesion_id"),
    TablaDeLaSesion("invitados", "{fila}.sesion_id"),
    TablaDeLaSesion("votaciones", _POR_PUNTO),
    TablaDeLaSesion("habilitados_votacion", "(SELECT p.sesion_id FROM votaciones v JOIN puntos_orden p ON "
                    "p.id = v.punto_id WHERE v.id = {fila}.votacion_id)", ("votacion_id", "miembro_id")),
    TablaDeLaSesion("resoluciones", _POR_PUNTO),
    TablaDeLaSesion("firmantes_declaracion", "(SELECT p.sesion_id FROM resoluciones r JOIN puntos_orden p ON "
                    "p.id = r.punto_id WHERE r.id = {fila}.resolucion_id)", ("resolucion_id", "miembro_id")),
    TablaDeLaSesion("elecciones", _POR_PUNTO),
    TablaDeLaSesion("candidaturas", _POR_ELECCION),
    TablaDeLaSesion("votos_eleccion", _POR_ELECCION, ("eleccion_id", "miembro_id")),
    # la sala (migración 0055): mociones, enmiendas, sus votaciones y los oradores
    *(TablaDeLaSesion(tabla, sesion) for tabla, sesion in SESION_DE_LA_SALA.items()),
    TablaDeLaSesion("actas", "{fila}.sesion_id"),  # al final: aprobada, congela todo lo anterior
    TablaDeLaSesion("fe_de_erratas", "(SELECT sesion_id FROM actas WHERE id = {fila}.acta_id)"),
)
POR_NOMBRE = {t.nombre: t for t in TABLAS}

# Un acta aprobada congela la sesión: no queda nada que registrar fuera de la oficina.
ACTAS_QUE_NO_VIAJAN = ("aprobada", "firmada")

MENSAJE_LLEVADA = ("La sesión {0} está de viaje (la llevó {1} el {2}): nadie la modifica en el servidor hasta que "
                   "vuelva con «escritorio servidor devolver» o que secretaría cancele el viaje con «escritorio "
                   "servidor cancelar-viaje».")


# Un viaje en curso: ni devuelto ni cancelado (datos/esquema/papeles.py, la tabla y sus reglas).
EN_CURSO = "devuelta_en IS NULL AND cancelada_en IS NULL"
_AHORA = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')"
# Los viajes se escriben solo con estas funciones (con los permisos del dueño); las ejecuta secretaría (papeles.py).
FUNCIONES = {"escritorio_llevar_sesion(bigint, text)": ("secretaria",),
             "escritorio_comenzar_devolucion(bigint)": ("secretaria",),
             "escritorio_sesion_devuelta(bigint)": ("secretaria",),
             "escritorio_cancelar_viaje(bigint, text)": ("secretaria",)}
TABLAS_POR_SUS_FUNCIONES = ("sesiones_de_viaje",)


def sentencias_del_servidor() -> list[str]:
    """Las funciones que llevan, devuelven y cancelan un viaje (quién y cuándo los pone el servidor: el login y su
    hora), y el trigger que, en cada tabla de la sesión, rechaza los cambios de una sesión llevada (salvo los de su
    devolución, hecha por quien la llevó). Cada paso queda en la bitácora, como cualquier cambio."""
    ddl = [
        # La devolución en curso: una fila por transacción (txid_current(), que no se repite), que escribe solo
        # escritorio_comenzar_devolucion. Un SET LOCAL del cliente no abre nada; si la transacción se deshace, la
        # fila tampoco queda.
        """CREATE TABLE escritorio_devoluciones (transaccion BIGINT PRIMARY KEY, sesion_id BIGINT NOT NULL,
  por TEXT NOT NULL)""",
        f"""CREATE FUNCTION escritorio_comenzar_devolucion(sesion bigint) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM sesiones_de_viaje WHERE sesion_id = sesion AND {EN_CURSO}
                 AND llevada_por = session_user) THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format('La sesión %s no está llevada por %s: no hay nada que '
      'devolver.', sesion, session_user);
  END IF;
  INSERT INTO escritorio_devoluciones (transaccion, sesion_id, por) VALUES (txid_current(), sesion, session_user);
END $$""",
        # La sesión que esta transacción devuelve (NULL si no es una devolución).
        """CREATE FUNCTION escritorio_devolviendo() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER AS $$
  SELECT sesion_id FROM escritorio_devoluciones WHERE transaccion = txid_current() AND por = session_user
$$""",
        f"""CREATE FUNCTION escritorio_sesion_quieta(sesion bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
AS $$
DECLARE viaje record;
BEGIN
  SELECT * INTO viaje FROM sesiones_de_viaje WHERE sesion_id = sesion AND {EN_CURSO};
  IF FOUND AND NOT (escritorio_devolviendo() IS NOT DISTINCT FROM sesion
                    AND session_user = viaje.llevada_por) THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format('{MENSAJE_LLEVADA.replace("{0}", "%s").replace(
        "{1}", "%s").replace("{2}", "%s")}', sesion, viaje.llevada_por, viaje.llevada_en);
  END IF;
END $$""",
        f"""CREATE FUNCTION escritorio_llevar_sesion(sesion bigint, huella_ text) RETURNS bigint LANGUAGE plpgsql
SECURITY DEFINER AS $$
DECLARE nuevo bigint;
BEGIN
  INSERT INTO sesiones_de_viaje (sesion_id, llevada_por, llevada_en, huella)
    VALUES (sesion, session_user, {_AHORA}, huella_) RETURNING id INTO nuevo;
  RETURN nuevo;
END $$""",
        # Solo dentro de su devolución (servicios/viaje.devolver_sesion) y por quien la llevó.
        f"""CREATE FUNCTION escritorio_sesion_devuelta(sesion bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
  UPDATE sesiones_de_viaje SET devuelta_en = {_AHORA} WHERE sesion_id = sesion AND {EN_CURSO}
    AND llevada_por = session_user AND escritorio_devolviendo() IS NOT DISTINCT FROM sesion;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format('La sesión %s no está llevada por %s en una devolución.',
      sesion, session_user);
  END IF;
  DELETE FROM escritorio_devoluciones WHERE transaccion = txid_current();
END $$""",
        f"""CREATE FUNCTION escritorio_cancelar_viaje(sesion bigint, motivo text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER AS $$
BEGIN
  IF length(trim(coalesce(motivo, ''))) = 0 THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'Para cancelar el viaje de una sesión hace falta un motivo.';
  END IF;
  UPDATE sesiones_de_viaje SET cancelada_en = {_AHORA}, cancelada_por = session_user, motivo_cancelacion = trim(motivo)
    WHERE sesion_id = sesion AND {EN_CURSO};
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format('La sesión %s no está de viaje.', sesion);
  END IF;
END $$""",
    ]
    for tabla in TABLAS:
        nueva, vieja = tabla.sesion.format(fila="NEW"), tabla.sesion.format(fila="OLD")
        ddl += [
            f"""CREATE FUNCTION viaje_{tabla.nombre}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' AND {nueva} IS NOT NULL THEN PERFORM escritorio_sesion_quieta({nueva}); END IF;
  IF TG_OP <> 'INSERT' AND {vieja} IS NOT NULL THEN PERFORM escritorio_sesion_quieta({vieja}); END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$""",
            f"CREATE TRIGGER {tabla.nombre}_de_viaje BEFORE INSERT OR UPDATE OR DELETE ON {tabla.nombre} "
            f"FOR EACH ROW EXECUTE FUNCTION viaje_{tabla.nombre}()",
        ]
    return ddl


def filas(db, tabla: TablaDeLaSesion, sesion_id: int, columnas: list[str]) -> list[tuple]:
    return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in f) for f in db.execute(
        f"SELECT {', '.join('t.' + c for c in columnas)} FROM {tabla.nombre} t "
        f"WHERE {tabla.sesion.format(fila='t')} = ? ORDER BY {', '.join('t.' + c for c in tabla.clave)}",
        [sesion_id]).fetchall()]


def huella(db, sesion_id: int) -> str:
    """SHA-256 de todas las filas de la sesión, tabla por tabla: igual en SQLite y en PostgreSQL si son iguales."""
    digesto = hashlib.sha256()
    for tabla in TABLAS:
        columnas = columnas_de(db, tabla.nombre)
        digesto.update(repr((tabla.nombre, filas(db, tabla, sesion_id, columnas))).encode("utf-8"))
    return digesto.hexdigest()


def marca(servidor, sesion_id: int):
    """(llevada_por, llevada_en, huella) si la sesión está llevada; None si no. Dentro de una transacción del programa
    (con el cerrojo de los que escriben): nadie más la toma, la devuelve ni la cancela a la vez."""
    return servidor.execute(f"SELECT llevada_por, llevada_en, huella FROM sesiones_de_viaje WHERE sesion_id = ? AND "
                            f"{EN_CURSO}", [sesion_id]).fetchone()


def ultimo_viaje(servidor, sesion_id: int) -> dict | None:
    """El último viaje de la sesión (en curso, devuelto o cancelado), para decir qué pasó con él."""
    return next(servidor.query("SELECT * FROM sesiones_de_viaje WHERE sesion_id = ? ORDER BY id DESC LIMIT 1",
                               [sesion_id]), None)


def viajes_en_curso(servidor) -> list[dict]:
    return list(servidor.query(f"SELECT * FROM sesiones_de_viaje WHERE {EN_CURSO} ORDER BY sesion_id"))


def marcar(servidor, sesion_id: int) -> str:
    """Dentro de una transacción del servidor: marca la sesión como llevada; devuelve la huella de sus filas."""
    sesion = servidor.execute("SELECT s.id, a.estado FROM sesiones s LEFT JOIN actas a ON a.sesion_id = s.id "
                              "WHERE s.id = ?", [sesion_id]).fetchone()
    if sesion is None:
        raise ErrorEscritorio(traducir("No existe la sesión {0} en el servidor.").format(sesion_id))
    if sesion[1] in ACTAS_QUE_NO_VIAJAN:
        raise ErrorEscritorio(traducir("El acta de la sesión {0} ya está aprobada: no queda nada que registrar "
                                       "fuera de la oficina.").format(sesion_id))
    ya = marca(servidor, sesion_id)
    if ya is not None:
        raise ErrorEscritorio(traducir(MENSAJE_LLEVADA).format(sesion_id, ya[0], ya[1]))
    suya = huella(servidor, sesion_id)
    servidor.execute("SELECT escritorio_llevar_sesion(?, ?)", [sesion_id, suya])
    return suya


def comenzar_devolucion(servidor, sesion_id: int) -> None:
    """Dentro de la transacción de la devolución: el servidor admite los cambios de esta sesión (de quien la llevó)
    y comprueba las referencias al confirmar (las filas nuevas se refieren unas a otras)."""
    servidor.execute("SELECT escritorio_comenzar_devolucion(?)", [sesion_id])
    servidor.execute("SET CONSTRAINTS ALL DEFERRED")


def desmarcar(servidor, sesion_id: int) -> None:
    """Al final de la devolución: el viaje queda devuelto."""
    servidor.execute("SELECT escritorio_sesion_devuelta(?)", [sesion_id])


def cancelar(servidor, sesion_id: int, motivo: str) -> None:
    servidor.execute("SELECT escritorio_cancelar_viaje(?, ?)", [sesion_id, motivo])


# Los documentos emitidos en la copia (el PDF de una resolución, el acta aprobada, un estado de cuenta) vuelven
# aparte, después de la sesión: solo son altas (servicios/viaje._devolver_documentos).
DOCUMENTOS = ("documentos_emitidos", "archivos_emitidos")
# Lo que la copia anota para poder deshacer (migración 0023) es de esta copia: no vuelve al servidor, y anotarlo
# no es un cambio fuera de la sesión.
SOLO_DE_LA_COPIA = ("cambios_reversibles",)


def cambios_ajenos(local, sesion_id: int, desde_registro: int) -> list[str]:
    """Lo que la copia cambió fuera de la sesión llevada y de sus documentos (por su bitácora, desde que se llevó):
    no se devuelve."""
    ajenos = []
    for entidad, entidad_id, accion in local.execute(
            "SELECT entidad, entidad_id, accion FROM bitacora WHERE id > ? ORDER BY id", [desde_registro]).fetchall():
        if entidad in DOCUMENTOS and accion == "alta" or entidad in SOLO_DE_LA_COPIA:
            continue
        tabla = POR_NOMBRE.get(entidad)
        if tabla is not None and (accion == "borrado" or tabla.clave != ("id",)):
            continue  # un borrado o una fila sin id se juzgan al comparar con el servidor
        if tabla is not None:
            suya = local.execute(f"SELECT {tabla.sesion.format(fila='t')} FROM {entidad} t WHERE t.id = ?",
                                 [entidad_id]).fetchone()
            if suya is None or suya[0] == sesion_id:
                continue
        ajenos.append(f"{entidad} {entidad_id}")
    return sorted(set(ajenos))


def _referencias(local, tabla: str) -> dict[str, str]:
    """columna → tabla de la sesión a la que se refiere (solo las referencias dentro del registro de la sesión)."""
    return {f[3]: f[2] for f in local.execute(f'PRAGMA foreign_key_list("{tabla}")') if f[2] in POR_NOMBRE}


# Un acta aprobada sin conexión llega primero como borrador y se aprueba al final, con la huella del registro de la
# sesión calculada en el servidor: esa huella incluye los números de las filas, que el servidor cambió al recibirlas.
APROBACION = ("estado", "huella", "aprobada_por", "aprobada_el", "contenido", "huella_registro", "firmada_pdf")


def aplicar(local, servidor, sesion_id: int, huella_del_registro) -> tuple[dict[str, int], dict[str, dict[int, int]]]:
    """Dentro de la transacción del servidor (marcada como devolución): deja las filas de la sesión en el servidor
    como en la copia local. Devuelve cuántas filas agregó, cambió y borró, y los números que el servidor dio a las
    filas nuevas (tabla → {número en la copia: número en el servidor}). `huella_del_registro(db, sesion_id)` es la
    huella que guarda un acta aprobada (servicios/actas)."""
    cuenta = {"agregadas": 0, "cambiadas": 0, "borradas": 0}
    nuevos: dict[str, dict[int, int]] = {t.nombre: {} for t in TABLAS}  # id local → id del servidor
    pendientes = []  # (tabla, id del servidor, columna, id local referido) que se completan al final
    en_servidor, en_local, columnas = {}, {}, {}
    for tabla in TABLAS:
        columnas[tabla.nombre] = columnas_de(local, tabla.nombre)
        en_servidor[tabla.nombre] = filas(servidor, tabla, sesion_id, columnas[tabla.nombre])
        en_local[tabla.nombre] = filas(local, tabla, sesion_id, columnas[tabla.nombre])

    def traducir_fila(tabla: TablaDeLaSesion, fila: tuple, tardias: list | None) -> tuple:
        valores = list(fila)
        for columna, otra in _referencias(local, tabla.nombre).items():
            i = columnas[tabla.nombre].index(columna)
            if valores[i] in nuevos[otra]:
                valores[i] = nuevos[otra][valores[i]]
            elif tardias is not None and valores[i] is not None and otra != "sesiones" and \
                    not any(f[0] == valores[i] for f in en_servidor[otra]):
                tardias.append((columna, valores[i]))  # una fila nueva que todavía no llegó (la ganadora, el padre)
                valores[i] = None
        return tuple(valores)

    def clave_de(tabla: TablaDeLaSesion, fila: tuple) -> tuple:
        return tuple(fila[columnas[tabla.nombre].index(c)] for c in tabla.clave)

    # Primero lo borrado, de las tablas que dependen hacia las referidas.
    for tabla in reversed(TABLAS):
        claves_locales = {clave_de(tabla, traducir_fila(tabla, f, None)) for f in en_local[tabla.nombre]}
        for fila in en_servidor[tabla.nombre]:
            clave = clave_de(tabla, fila)
            if clave not in claves_locales:
                servidor.execute(f"DELETE FROM {tabla.nombre} WHERE " + " AND ".join(f"{c} = ?" for c in tabla.clave),
                                 list(clave))
                cuenta["borradas"] += 1
    hechas: set[str] = set()
    aprobacion = None  # (id local del acta, {columna: valor}) de un acta aprobada en la copia
    for tabla in TABLAS:
        lista = columnas[tabla.nombre]
        del_servidor = {clave_de(tabla, f): f for f in en_servidor[tabla.nombre]}
        for fila in en_local[tabla.nombre]:
            tardias: list = []
            valores = traducir_fila(tabla, fila, tardias)
            if tabla.nombre == "actas" and valores[lista.index("estado")] != "borrador":
                aprobacion = (fila[lista.index("id")], {c: valores[lista.index(c)] for c in APROBACION})
                valores = tuple("borrador" if c == "estado" else None if c in APROBACION else v
                                for c, v in zip(lista, valores))
            clave = clave_de(tabla, valores)
            if tabla.clave == ("id",) and clave not in del_servidor:  # nueva: el servidor le da su número
                sin_id = [c for c in lista if c != "id"]
                nuevo = servidor.execute(
                    f"INSERT INTO {tabla.nombre} ({', '.join(sin_id)}) VALUES ({', '.join('?' for _ in sin_id)}) "
                    "RETURNING id", [valores[lista.index(c)] for c in sin_id]).fetchone()[0]
                nuevos[tabla.nombre][fila[lista.index("id")]] = nuevo
                pendientes += [(tabla, nuevo, columna, referido) for columna, referido in tardias]
                cuenta["agregadas"] += 1
            elif clave not in del_servidor:
                servidor.execute(f"INSERT INTO {tabla.nombre} ({', '.join(lista)}) VALUES "
                                 f"({', '.join('?' for _ in lista)})", list(valores))
                cuenta["agregadas"] += 1
            elif del_servidor[clave] != valores:
                resto = [c for c in lista if c not in tabla.clave]
                servidor.execute(
                    f"UPDATE {tabla.nombre} SET {', '.join(f'{c} = ?' for c in resto)} WHERE "
                    + " AND ".join(f"{c} = ?" for c in tabla.clave),
                    [valores[lista.index(c)] for c in resto] + list(clave))
                pendientes += [(tabla, clave[0], columna, referido) for columna, referido in tardias]
                cuenta["cambiadas"] += 1
        hechas.add(tabla.nombre)
        # Las referencias a filas nuevas que llegaron después (el padre de un punto, la candidatura ganadora), en
        # cuanto llegan: antes del acta, que aprobada ya no deja cambiar nada.
        for pendiente in [p for p in pendientes if _referencias(local, p[0].nombre)[p[2]] in hechas]:
            otra_tabla, fila_id, columna, referido = pendiente
            otra = _referencias(local, otra_tabla.nombre)[columna]
            servidor.execute(f"UPDATE {otra_tabla.nombre} SET {columna} = ? WHERE id = ?",
                             [nuevos[otra].get(referido, referido), fila_id])
            pendientes.remove(pendiente)
        if tabla.nombre == "actas" and aprobacion is not None:
            acta_id, valores_aprobacion = aprobacion
            valores_aprobacion["huella_registro"] = huella_del_registro(servidor, sesion_id)
            servidor.execute(f"UPDATE actas SET {', '.join(f'{c} = ?' for c in APROBACION)} WHERE id = ?",
                             [*valores_aprobacion.values(), nuevos["actas"].get(acta_id, acta_id)])
    # La prueba: las filas de la sesión en el servidor son las de la copia (con los números que les dio el servidor).
    for tabla in TABLAS:
        esperadas = [_con_ids_del_servidor(tabla, f, columnas[tabla.nombre], nuevos, local)
                     for f in en_local[tabla.nombre]]
        if tabla.nombre == "actas" and aprobacion is not None:
            i = columnas["actas"].index("huella_registro")
            esperadas = [(*f[:i], aprobacion[1]["huella_registro"], *f[i + 1:]) for f in esperadas]
        esperadas.sort(key=repr)
        obtenidas = sorted(filas(servidor, tabla, sesion_id, columnas[tabla.nombre]), key=repr)
        if esperadas != obtenidas:
            raise ErrorEscritorio(traducir(
                "Al devolver la sesión {0}, la tabla «{1}» no quedó igual a la copia: no se guardó nada en el "
                "servidor y la sesión sigue llevada.").format(sesion_id, tabla.nombre))
    return cuenta, nuevos


def _con_ids_del_servidor(tabla: TablaDeLaSesion, fila: tuple, columnas: list[str], nuevos: dict, local) -> tuple:
    valores = list(fila)
    if "id" in columnas and valores[columnas.index("id")] in nuevos[tabla.nombre]:
        valores[columnas.index("id")] = nuevos[tabla.nombre][valores[columnas.index("id")]]
    for columna, otra in _referencias(local, tabla.nombre).items():
        i = columnas.index(columna)
        valores[i] = nuevos[otra].get(valores[i], valores[i])
    return tuple(valores)
