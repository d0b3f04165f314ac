"""La migración 0012 sobre una base con datos de la 0011: nada se pierde, las listas ampliadas admiten los cargos
nuevos y siguen rechazando lo inventado.

Y, sobre el esquema actual completo: cada lista CHECK (columna IN (…)) es la de una constante del dominio (los
valores permitidos se escriben una sola vez en Python; el esquema se prueba contra ellos). Que cada columna quede
en la bitácora lo prueba test_bitacora_de_cada_columna.py, sobre el esquema vivo."""

import re
import sqlite3

import pytest

from escritorio.dominio import boletas, conciliacion, convenios, correo
from escritorio.dominio.deshacer import TIPOS_DE_CAMBIO
from escritorio.dominio.incidentes import TIPOS_INCIDENTE
from escritorio.dominio.lineas import ESTADOS_RECOMENDACION_DE_CAMBIO
from escritorio.dominio.voto_electronico import OBJETOS as OBJETOS_DE_URNA
from escritorio.datos.migraciones import Migraciones

from escritorio.datos import apertura
from escritorio.datos.apertura import abrir
from escritorio.datos.esquema import CONJUNTO, MIGRACIONES
from escritorio.dominio import consentimientos, datos_personales, indicadores
from escritorio.dominio import cuotas, elecciones, mayorias, miembros, normas, organos, sala, sesiones, unidades, verificacion
from escritorio.dominio.traduccion import IDIOMAS_DE_DOCUMENTOS
from escritorio.dominio.sello_de_tiempo import ORIGENES_DEL_CERTIFICADO
from escritorio.servicios import bitacora


@pytest.fixture
def base_0011(tmp_path, monkeypatch):
    """Una base con la 0011 como última migración y un órgano con reglas, mandato, país y elección."""
    anteriores = Migraciones(CONJUNTO)
    indice = [m.name for m in MIGRACIONES._migrations].index("0012_reglas_del_dominio")
    for real in MIGRACIONES._migrations[:indice]:
        anteriores(name=real.name)(real.fn)
    monkeypatch.setattr(apertura, "MIGRACIONES", anteriores)
    ruta = tmp_path / "escritorio.db"
    db = abrir(ruta)
    with db.conn:
        db.execute("INSERT INTO asociaciones (id, nombre, sigla, fecha_fundacion) VALUES (1, 'Red del Litoral', 'RDL', "
                   "'1995-11-11')")
        db.execute("INSERT INTO paises_asociacion VALUES (1, 'AR', 'pleno'), (1, 'CL', 'asociado')")
        db.execute("INSERT INTO miembros (id, asociacion_id, nombre, pais) VALUES (1, 1, 'Rosario', 'AR')")
        db.execute("INSERT INTO organos (id, asociacion_id, nombre, tipo) VALUES (1, 1, 'Consejo', 'consejo')")
        db.execute("INSERT INTO reglas_quorum (organo_id, tipo_decision, numerador, denominador, poderes_maximos, "
                   "articulo) VALUES (1, 'ordinaria', 1, 2, 2, 'Estatuto, art. 19')")
        db.execute("INSERT INTO mandatos (id, organo_id, miembro_id, cargo, desde) VALUES (1, 1, 1, 'titular', '2024-12-01')")
        db.execute("INSERT INTO correcciones_mandato (mandato_id, campo, antes, despues, motivo) "
                   "VALUES (1, 'cargo', 'integrante', 'titular', 'Error de carga')")
    db.close()
    monkeypatch.setattr(apertura, "MIGRACIONES", MIGRACIONES)
    return ruta


def test_la_0012_conserva_todo_y_fecha_lo_que_ya_regia(base_0011):
    db = abrir(base_0011)

    regla = next(db.query("SELECT * FROM reglas_quorum"))
    assert regla["poderes_maximos"] == 2 and regla["articulo"] == "Estatuto, art. 19"
    assert regla["vigente_desde"] == "1900-01-01" and regla["mayoria"] is None and regla["quorum_propio"] == 1
    assert db.execute("SELECT pais, categoria, desde FROM categorias_pais ORDER BY pais").fetchall() == [
        ("AR", "pleno", "1995-11-11"), ("CL", "asociado", "1995-11-11")]
    assert db.execute("SELECT desde FROM reglas_composicion").fetchall() == []
    assert db.execute("SELECT count(*) FROM correcciones_mandato").fetchone()[0] == 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_los_cargos_de_una_secretaria_tecnica_se_admiten_y_un_cargo_inventado_no(base_0011):
    db = abrir(base_0011)
    with db.conn:
        db.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, desde) VALUES (1, 1, 'secretario_finanzas', "
                   "'2026-01-01')")
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, desde) VALUES (1, 1, 'emperador', '2026-01-01')")
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO reglas_composicion (organo_id, tipo) VALUES (1, 'a_dedo')")
    with db.conn:
        db.execute("INSERT INTO reglas_composicion (organo_id, tipo, parametros) VALUES "
                   "(1, 'de_oficio', '{\"organos\": [\"secretaria_ejecutiva\"]}')")
    # Otra conexión (otro programa) ve el esquema nuevo.
    otra = sqlite3.connect(base_0011)
    otra.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, desde) VALUES (1, 1, 'tesorero', '2026-01-01')")
    otra.commit()
    otra.close()


def test_una_mayoria_simple_no_admite_otra_base_que_los_votos_emitidos(base_0011):
    db = abrir(base_0011)
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO reglas_quorum (organo_id, tipo_decision, mayoria, base_mayoria) "
                   "VALUES (1, 'reforma_estatuto', 'simple', 'presentes')")
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO reglas_quorum (organo_id, tipo_decision, mayoria) VALUES (1, 'disolucion', 'absoluta')")
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO reglas_quorum (organo_id, tipo_decision) VALUES (1, 'capricho')")


# --- Valores permitidos: cada lista CHECK del esquema, contra su constante del dominio ------------------------

SI_NO = (0, 1)  # una columna que es una marca sí/no (INTEGER): no necesita constante

# (tabla, columna) -> los valores que el programa conoce. Una tabla o columna nueva con una lista IN (…) necesita
# su fila aquí (y su constante en dominio/); una constante que cambia sin su migración hace fallar la prueba.
VALORES_PERMITIDOS = {
    ("servidor_sello_de_tiempo", "origen_certificado"): ORIGENES_DEL_CERTIFICADO,
    ("partes_externas", "tipo"): tuple(convenios.TIPOS_PARTE_EXTERNA),
    ("convenios", "tipo"): tuple(convenios.TIPOS_CONVENIO),
    ("convenios", "asociacion_es_parte"): SI_NO,
    ("obligaciones_convenio", "tipo"): tuple(convenios.TIPOS_OBLIGACION),
    ("obligaciones_convenio", "estado"): tuple(convenios.ESTADOS_OBLIGACION),
    ("cuentas_correo", "seguridad"): tuple(correo.SEGURIDADES),
    ("cuentas_correo", "clave_sin_cifrar"): SI_NO,
    ("mensajes", "clase"): (*correo.CLASES, consentimientos.BOLETIN),   # el boletín va por consentimiento
    ("mensajes", "estado"): tuple(correo.ESTADOS_MENSAJE),
    ("destinatarios_mensaje", "tipo"): tuple(correo.TIPOS_DESTINATARIO),
    ("destinatarios_mensaje", "estado"): tuple(correo.ESTADOS_DESTINATARIO),
    ("incidentes", "tipo"): TIPOS_INCIDENTE,
    ("asociaciones", "papel"): miembros.TAMANOS_PAPEL,
    ("asociaciones", "idioma_documentos"): tuple(IDIOMAS_DE_DOCUMENTOS),
    ("paises_asociacion", "categoria"): miembros.CATEGORIAS_PAIS,
    ("categorias_pais", "categoria"): miembros.CATEGORIAS_PAIS_CON_FECHA,
    ("miembros", "tipo"): miembros.TIPOS,
    ("miembros", "modo_ingreso"): miembros.MODOS_INGRESO,
    ("miembros", "fundador"): SI_NO,
    ("estados_miembro", "estado"): miembros.ESTADOS_REGISTRADOS,
    ("calidades_miembro", "calidad"): miembros.CALIDADES_MIEMBRO,
    ("indicadores", "sentido"): indicadores.SENTIDOS,
    ("escalas", "tipo_cargo"): cuotas.TIPOS_CARGO,
    ("escalas", "regla_ingreso"): cuotas.REGLAS_INGRESO,
    ("escalas", "regla_baja"): cuotas.REGLAS_BAJA,
    ("asociaciones", "cuota_exclusion"): cuotas.REGLAS_EXCLUSION,
    ("adherentes_declaracion", "tipo"): sesiones.TIPOS_ADHERENTE,
    ("cargos", "tipo_cargo"): cuotas.TIPOS_CARGO,
    ("pagos", "medio"): cuotas.MEDIOS_PAGO,
    ("lineas_de_extracto", "motivo"): tuple(conciliacion.MOTIVOS),
    ("imputaciones", "origen"): cuotas.ORIGENES_IMPUTACION,
    ("normas", "tipo"): normas.TIPOS_NORMA,
    ("versiones_articulo", "derogado"): SI_NO,
    ("organos", "tipo"): organos.TIPOS_ORGANO,
    ("reglas_composicion", "tipo"): organos.REGLAS,
    ("mandatos", "cargo"): organos.CARGOS,
    ("mandatos", "con_voto"): SI_NO,
    ("mandatos", "forma"): tuple(organos.FORMAS),
    ("candidaturas", "forma"): tuple(organos.FORMAS),
    ("candidaturas", "finalista"): SI_NO,
    ("elecciones", "boleta"): tuple(boletas.FORMAS_DE_BOLETA),
    ("actividades", "estado"): unidades.ESTADOS_ACTIVIDAD,
    ("reglas_quorum", "tipo_decision"): mayorias.TIPOS_DECISION,
    ("reglas_quorum", "mas_uno"): SI_NO,
    ("reglas_quorum", "sobre"): sesiones.SOBRE_QUORUM,
    ("reglas_quorum", "suspende_morosos"): SI_NO,
    ("reglas_quorum", "quorum_propio"): SI_NO,
    ("reglas_quorum", "mayoria"): mayorias.MAYORIAS,
    ("reglas_quorum", "base_mayoria"): mayorias.BASES,
    ("sesiones", "tipo"): sesiones.TIPOS_SESION,
    ("sesiones", "estado"): sesiones.ESTADOS_SESION,
    ("sesiones", "segunda_convocatoria"): SI_NO,
    ("puntos_orden", "tipo"): sesiones.TIPOS_PUNTO,
    ("asistencias", "estado"): sesiones.ASISTENCIA,
    ("invitados", "calidad"): sesiones.CALIDADES_INVITADO,
    ("votaciones", "metodo"): sesiones.METODOS,
    ("votaciones", "mayoria"): mayorias.MAYORIAS,
    ("votaciones", "base"): mayorias.BASES,
    ("votaciones", "aprobada"): SI_NO,
    ("habilitados_votacion", "sentido"): sesiones.SENTIDOS,
    ("resoluciones", "tipo"): sesiones.TIPOS_RESOLUCION,
    ("efectos_resolucion", "tipo"): sesiones.TIPOS_EFECTO,
    ("actas", "estado"): sesiones.ESTADOS_ACTA,
    ("elecciones", "cargo"): organos.CARGOS,
    ("elecciones", "con_voto"): SI_NO,
    ("elecciones", "metodo"): sesiones.METODOS,
    ("elecciones", "mayoria"): mayorias.MAYORIAS,
    ("elecciones", "base"): mayorias.BASES,
    ("votos_eleccion", "otro"): elecciones.OTROS_VOTOS,
    ("documentos_emitidos", "tipo"): verificacion.TIPOS,
    ("firmas_digitales", "tipo"): verificacion.TIPOS_FIRMA_DIGITAL,
    ("cambios_reversibles", "tipo"): TIPOS_DE_CAMBIO,
    ("reglas_de_la_sala", "orden_enmiendas"): sala.ORDENES_ENMIENDAS,
    ("mociones", "estado"): sala.ESTADOS_MOCION,
    ("mociones", "recomendacion"): sala.RECOMENDACIONES,
    ("datos_de_persona", "tabla"): datos_personales.TABLAS_DE_PERSONAS,
    ("solicitudes_de_datos", "derecho"): tuple(datos_personales.DERECHOS),
    ("solicitudes_de_datos", "canal"): tuple(datos_personales.CANALES),
    ("consentimientos", "canal"): tuple(datos_personales.CANALES),
    ("consentimientos", "canal_de_revocacion"): tuple(datos_personales.CANALES),
    ("consentimientos", "finalidad"): tuple(consentimientos.FINALIDADES),
    ("solicitudes_de_datos", "estado"): tuple(datos_personales.ESTADOS_DE_SOLICITUD),
    ("supresiones", "como"): tuple(datos_personales.COMO_SE_SUPRIME),
    ("tratamientos", "clase"): tuple(c.codigo for c in datos_personales.CLASES),
    ("mociones", "fuera_de_plazo"): SI_NO,
    ("autores_mocion", "papel"): sala.PAPELES_FIRMANTE,
    ("enmiendas", "estado"): sala.ESTADOS_ENMIENDA,
    ("cambios_enmienda", "operacion"): sala.OPERACIONES_ENMIENDA,
    ("votaciones_sala", "metodo"): sesiones.METODOS,
    ("votaciones_sala", "mayoria"): mayorias.MAYORIAS,
    ("votaciones_sala", "base"): mayorias.BASES,
    ("votaciones_sala", "aprobada"): SI_NO,
    ("habilitados_sala", "sentido"): sesiones.SENTIDOS,
    ("oradores", "tipo"): sala.TIPOS_ORADOR,
    ("oradores", "estado"): sala.ESTADOS_ORADOR,
    ("recomendaciones_de_cambio", "estado"): ESTADOS_RECOMENDACION_DE_CAMBIO,
    ("urnas", "objeto"): OBJETOS_DE_URNA,
    ("urnas", "secreta"): SI_NO,
    ("urnas", "abierta"): SI_NO,
    ("codigos_de_voto", "anulado"): SI_NO,
    ("mesas_de_voto", "cerrada"): SI_NO,
    # La bitácora no es del dominio: sus acciones las nombra el servicio que la muestra.
    ("bitacora", "accion"): bitacora.ACCIONES,
}

# `columna IN (valores)`; los valores son literales sin paréntesis (una subconsulta IN (SELECT …) no coincide).
_LISTA = re.compile(r"(\w+)\s+(?:NOT\s+)?IN\s*\(([^()]*)\)", re.IGNORECASE)
# Cualquier lista de literales, vaya detrás de una columna o de una subconsulta: para no dejar ninguna sin mirar.
_CUALQUIER_LISTA = re.compile(r"\bIN\s*\(\s*((?:'[^']*'|-?\d+)(?:\s*,\s*(?:'[^']*'|-?\d+))*)\s*\)", re.IGNORECASE)


def _valores(texto: str) -> tuple:
    valores = []
    for valor in (v.strip() for v in texto.split(",")):
        if valor.startswith("'") and valor.endswith("'"):
            valores.append(valor[1:-1].replace("''", "'"))
        else:
            valores.append(int(valor))
    return tuple(valores)


def _listas_del_esquema(db) -> dict[tuple[str, str], list[tuple]]:
    """(tabla, columna) -> las listas IN (…) de las definiciones de tabla (CHECK)."""
    listas: dict[tuple[str, str], list[tuple]] = {}
    for tabla, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"):
        encontradas = _LISTA.findall(sql)
        assert len(encontradas) == len(_CUALQUIER_LISTA.findall(sql)), f"{tabla}: una lista IN (…) sin columna"
        for columna, valores in encontradas:
            listas.setdefault((tabla, columna), []).append(_valores(valores))
    return listas


def test_cada_lista_check_del_esquema_es_la_de_su_constante_del_dominio(tmp_path):
    db = abrir(tmp_path / "escritorio.db")
    listas = _listas_del_esquema(db)

    sin_constante = sorted(set(listas) - set(VALORES_PERMITIDOS))
    assert not sin_constante, (
        f"Listas CHECK … IN (…) del esquema sin constante del dominio: {sin_constante}. Escriba sus valores una vez "
        "en dominio/ y agregue la correspondencia en VALORES_PERMITIDOS.")
    sin_lista = sorted(set(VALORES_PERMITIDOS) - set(listas))
    assert not sin_lista, f"VALORES_PERMITIDOS nombra columnas que el esquema ya no restringe: {sin_lista}"
    for (tabla, columna), encontradas in listas.items():
        esperados = tuple(VALORES_PERMITIDOS[(tabla, columna)])
        for valores in encontradas:
            assert set(valores) == set(esperados) and len(valores) == len(esperados), (
                f"{tabla}.{columna}: el esquema admite {sorted(valores, key=str)} y el dominio "
                f"{sorted(esperados, key=str)}. Agregue una migración que cambie la lista (o corrija la constante).")


def test_el_esquema_rechaza_un_valor_fuera_de_cada_lista_y_admite_los_del_dominio(tmp_path):
    """Las listas leídas arriba son las que SQLite aplica: para una columna de cada tipo, un valor que no está
    en la constante se rechaza y todos los de la constante se guardan."""
    db = abrir(tmp_path / "escritorio.db")
    with db.conn:
        db.execute("INSERT INTO asociaciones (id, nombre, sigla) VALUES (1, 'Red', 'RED')")
        db.execute("INSERT INTO miembros (id, asociacion_id, nombre, pais) VALUES (1, 1, 'Rosario', 'AR')")
        db.execute("INSERT INTO organos (id, asociacion_id, nombre, tipo) VALUES (1, 1, 'Consejo', 'consejo')")
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO estados_miembro (miembro_id, estado, desde) VALUES (1, 'jubilado', '2024-01-01')")
    for estado in miembros.ESTADOS:
        with db.conn:
            db.execute("INSERT INTO estados_miembro (miembro_id, estado, desde) VALUES (1, ?, '2024-01-01')", [estado])
    for cargo in organos.CARGOS:
        with db.conn:
            db.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, desde) VALUES (1, 1, ?, '2024-01-01')",
                       [cargo])
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, desde) VALUES (1, 1, 'virrey', '2024-01-01')")


def test_los_triggers_que_congelan_una_sesion_miran_los_estados_de_acta_cerrada(tmp_path):
    """Los triggers no tienen CHECK, pero sus listas también son valores del dominio: el acta aprobada o firmada."""
    db = abrir(tmp_path / "escritorio.db")
    listas = {nombre: [_valores(v) for v in _CUALQUIER_LISTA.findall(sql)] for nombre, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    con_listas = {nombre: valores for nombre, valores in listas.items() if valores}
    # Los de actas y los que congelan cada tabla del registro de una sesión (puntos, asistencias, votaciones…).
    assert "actas_congeladas" in con_listas and "votaciones_congelado_update" in con_listas
    assert len(con_listas) > 20
    for trigger, encontradas in con_listas.items():
        for valores in encontradas:
            assert valores == sesiones.ESTADOS_ACTA_CERRADA, (
                f"el trigger {trigger} mira los estados {valores}; el dominio cierra el acta en "
                f"{sesiones.ESTADOS_ACTA_CERRADA}")
    assert set(sesiones.ESTADOS_ACTA_CERRADA) < set(sesiones.ESTADOS_ACTA)


def test_las_copias_que_quedan_en_los_servicios_son_las_del_dominio():
    """Listas que los servicios todavía definen por su cuenta (deberían importar la del dominio): mientras
    tanto, no pueden diferir de ella. Una copia que ya no está (porque se importa del dominio con otro nombre, o se
    quitó) no es un problema."""
    from escritorio.servicios import asociaciones, elecciones as servicio_elecciones, firmas
    from escritorio.servicios.sesiones import asistencia as servicio_sesiones

    copias = [(servicio_sesiones, "CALIDADES_INVITADO", sesiones.CALIDADES_INVITADO),
              (servicio_elecciones, "OTROS_VOTOS", elecciones.OTROS_VOTOS),
              (asociaciones, "CATEGORIAS_CON_FECHA", miembros.CATEGORIAS_PAIS_CON_FECHA),
              (firmas, "TIPOS", verificacion.TIPOS_FIRMA_DIGITAL)]
    for modulo, nombre, del_dominio in copias:
        copia = getattr(modulo, nombre, del_dominio)
        assert copia == del_dominio, f"{modulo.__name__}.{nombre} difiere del dominio: use la constante del dominio"
