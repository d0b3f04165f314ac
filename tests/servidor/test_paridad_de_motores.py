"""Los dos motores dicen lo mismo, consulta por consulta (issue 60, punto 1).

Las pruebas de los servicios corren sobre la base de un archivo; solo las que tocan lo que difiere entre motores (la
marca `ambos_motores`: triggers y sus mensajes, avisos, dinero, orden alfabético, datos binarios, fechas,
concurrencia) corren también en el servidor. Lo demás lo prueba esta paridad una vez: la misma secuencia de
operaciones —la red de ejemplo entera, y después lo que lee y escribe una secretaria por la línea de órdenes— sobre
una base de cada motor, y cada consulta de escritorio/datos/ tiene que devolver las mismas filas en los dos, y cada
orden imprimir lo mismo. Además, cada función de datos/ que consulta tiene que pasar por aquí o estar en la lista de
las que prueban las pruebas `ambos_motores` (`FUERA_DEL_RECORRIDO`), que solo puede achicarse. Las reglas de la
comparación (qué difiere de por sí entre motores y por qué) están en tests/servidor/paridad.py.
"""

import json
import re
import shlex
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

import pytest

from escritorio.datos.postgres.conexion import sin_clave
from escritorio.demo import crear_red_demo
from escritorio.servicios import conduccion_de_oradores
from escritorio.servicios import oradores as servicio_oradores
from escritorio.servicios.base import abrir_base
from paridad import Grabadora, diferencias, funciones_que_consultan

HOY = date.today().isoformat()
MANIANA = (date.today() + timedelta(days=1)).isoformat()

# Lo que la secretaria hace después de cargar la red de ejemplo: órdenes que leen todo lo que la demo escribió, y un
# día de oficina que escribe (una sesión del Consejo con su asistencia, votación, resolución y acta, un pago, una
# baja, un alta, una actividad). La salida de cada una se compara; `{presentes}` son los integrantes de la sesión.
ORDENES = [
    "asociacion listar", "asociacion paises", "miembros listar", "miembros contactos 1", "miembros ubicacion 1",
    "cuotas escala listar", "cuotas morosidad --json", f"cuotas cobranza {HOY[:4]} --json",
    f"cuotas exportar {HOY[:4]} --json", "pagos listar", "organos listar", "organos composicion 2",
    "organos mandatos 2", "organos vencimientos", "organos reglas 2", "estatutos listar", "estatutos reglas",
    "unidades actividades 6", "unidades atrasadas", "sesiones listar", "sesiones puntos 1", "sesiones elecciones 1",
    "resoluciones listar", "resoluciones ver 1", "firma listar", "bitacora listar", "buscar «sao paulo»",
    "buscar asamblea",
    f"sesiones convocar 2 --fecha {HOY} --hora 00:00 --lugar Montevideo --json",
    "sesiones punto 5 --titulo Tesorería --json",
    "sesiones asistencia 5 --json",
    "sesiones asistencia 5 --presentes {presentes} --json",
    "sesiones votar 14 --a-favor 9 --en-contra 2 --json",
    "sesiones resolucion 14 --titulo «Informe de tesorería aprobado» --json",
    "sesiones celebrada 5 --hora-cierre 01:00 --json",
    "oradores pedir --punto 5:1 --miembro 7 --json", "oradores pedir --punto 5:1 --miembro 8 --tipo cuestion_de_orden",
    "oradores listar --punto 5:1", "oradores siguiente --punto 5:1", "oradores terminar --punto 5:1 --json",
    "oradores cerrar --punto 5:1 --json", "oradores reabrir --punto 5:1", "oradores retirar 1 --json",
    "oradores listar --punto 5:1 --json", "oradores listar --sesion 5 --json",
    "oradores listar --punto 5:1 --mocion 1 --json",
    # Los oradores de OpenSlides (issue 82): una categoría de cuestión de orden, la pausa y el lugar en la cola.
    "sala categoria --organo 2 «Moción de orden» --rango 1 --json", "sala categorias --organo 2 --json",
    "oradores pedir --punto 5:1 --miembro 7 --json", "oradores siguiente --punto 5:1",
    "oradores pedir --punto 5:1 --miembro 8 --tipo cuestion_de_orden --categoria «Moción de orden» --json",
    "oradores pausar --punto 5:1 --json", "oradores reanudar --punto 5:1",
    "oradores pedir --punto 5:1 --miembro 1 --json", "oradores pedir --punto 5:1 --miembro 2 --tipo en_contra --json",
    "oradores mover 6 --lugar 1 --json",
    "oradores terminar --punto 5:1 --json",
    "sesiones acta 5 acta.pdf --reemplazar",
    "sesiones convocatoria 5 convocatoria.pdf --con-mociones --reemplazar",
    "documento verificar acta.pdf",
    "pagos recibo 1 recibo.pdf --reemplazar", "cuotas estado-cuenta --miembro 3 estado.pdf --reemplazar",
    "miembros contacto 1 --nombre Ana --rol Enlace --json", "miembros contactos 1",
    "deshacer --ver --json", "agenda", "convenios listar", "convenios ver 1", "convenios vencimientos",
    "correo bandeja", f"memoria textos {int(HOY[:4]) - 1}",
    f"memoria generar {int(HOY[:4]) - 1} --excel memoria.xlsx --reemplazar --json",
    f"pagos registrar --miembro 3 --monto 150 --moneda USD --fecha {HOY} --medio transferencia",
    f"miembros baja 46 --fecha {HOY} --motivo «retiro voluntario» --json",
    f"unidades actividad 6 --titulo Taller --fecha {HOY} --json",
    "miembros agregar --nombre Colonia --pais UY --poblacion 26231 --json",
    "miembros exportar padron.xlsx --reemplazar", "miembros importar padron.xlsx",
    # La sala (issue 64): sus reglas, dos mociones y su vida, y la aplazada retomada en la sesión siguiente.
    "sala reglas --organo 2",
    "sala reglas --organo 2 --plazo-mociones 0 --articulo «Reglamento, art. 3» --json",
    "sala reglas --organo 1 --articulo «Estatuto, art. 13»",
    "sala reglas --organo 1 --plazo-mociones 5 --por-reforma 1",   # ya estaba en ellas: se rechaza
    "mociones presentar --punto 5:1 --titulo «Declaración de la red» --texto «Primer párrafo.» --autor 1 --apoyo 2 "
    "--json",
    "mociones presentar --punto 5:1 --titulo Plan --texto Texto. --autor 3 --json",
    "mociones admitir 1 --sesion 5", "mociones aplazar 1 --sesion 5 --motivo «Falta el informe»",
    "mociones no-admitir 2 --sesion 5 --motivo «Ajena al punto»",
    # La moción 3: dos enmiendas, el orden que fija la presidencia, las votaciones (una enmienda aprobada, la otra
    # rechazada, la moción aprobada) y la declaración adoptada con el texto final; el acta las cuenta.
    "mociones presentar --punto 5:1 --titulo «Declaración final» --texto «La red apoya a sus ciudades.» --autor 4 "
    "--apoyo 5 --json",
    "mociones admitir 3 --sesion 5",
    # Su categoría (issue 82): «Hacienda», prefijo HAC; desde ahí es la «Moción HAC 3» en el acta y en las listas.
    "sala categoria-mocion --organo 2 Hacienda --prefijo HAC --json", "sala categorias-mocion --organo 2 --json",
    "mociones categorizar 3 --sesion 5 --categoria HAC --json", "mociones listar --sesion 5 --categoria hacienda",
    # Un bloque de mociones (issue 82): la moción 3 entra y sale (se vota sola, más abajo, con sus enmiendas).
    "bloques crear Hacienda --sesion 5 --json", "bloques agregar Hacienda --sesion 5 --mocion 3 --json",
    "bloques listar --sesion 5 --json", "bloques quitar --sesion 5 --mocion 3", "bloques borrar Hacienda --sesion 5",
    "enmiendas presentar --mocion 3 --reemplazar 1 --texto «La red apoya a todas sus ciudades.» --autor 6 --json",
    "enmiendas presentar --mocion 3 --insertar-despues 1 --texto «Se informa cada año.» --autor 7,8 "
    "--fundamento «Rendir cuentas»",
    "enmiendas admitir 1 --json", "enmiendas admitir 2", "enmiendas orden --mocion 3 --fijar 1,2 --json",
    "enmiendas listar --mocion 3", "enmiendas listar --mocion 3 --json",
    # Una recomendación de cambio por línea (issue 82) sobre el párrafo que cambia la enmienda 1: se rechaza (no se
    # podría aceptar: la enmienda cambia ese párrafo); las líneas numeradas.
    "mociones recomendar-cambio 3 --sesion 5 --lineas 1 --texto «La red apoya siempre a sus ciudades.» --json",
    "mociones rechazar-cambio 3 --sesion 5 --recomendacion 1 --json",
    "mociones lineas 3 --sesion 5 --json",
    "votos enmienda 1 --a-favor 9 --en-contra 2 --json", "votos enmienda 2 --a-favor 2 --en-contra 9",
    "votos mocion 3 --a-favor 10 --en-contra 1 --json", "enmiendas texto-final --mocion 3 --json",
    "votos adoptar 3 --tipo declaracion --json", "enmiendas texto-final --mocion 3",
    "sesiones acta 5 acta_con_la_sala.pdf --reemplazar",
    f"sesiones convocar 2 --fecha {MANIANA} --hora 10:00 --lugar Rosario --json",
    "sesiones punto 6 --titulo Declaraciones --json",
    "mociones retomar 1 --sesion 5 --punto 6:1 --json", "mociones ver 1 --sesion 6 --json",
    "mociones listar --sesion 5 --json", "mociones listar --sesion 5",
    # Los datos de las personas (issue 65): la política, el registro, el acceso respondido y la supresión que se
    # simula. La supresión de verdad, la oposición y lo que ya no hace falta conservar, en los dos motores:
    # tests/servicios/test_derechos_de_las_personas.py.
    "derechos politica --pais UY --contacto datos@red.ejemplo.org --json", "derechos politica",
    "personas apariciones --buscar castro --json", "personas registrar contactos:2 --motivo «la misma persona» --json",
    "personas ver 1 --json", "personas ver 1", "personas listar",
    f"derechos registrar --persona 1 --derecho acceso --recibida {HOY} --detalle «todos mis datos» --json",
    "derechos acceso 1 --carpeta . --reemplazar --json",
    f"derechos registrar --persona 1 --derecho supresion --recibida {HOY} --json",
    "derechos suprimir 2 --simular --json", "derechos suprimir 2 --simular", "derechos listar",
    "derechos tratamientos --clase contactos --json", "derechos vencidos --json",
    "derechos registro-de-actividades registro.xlsx --reemplazar",
    # Otras redes (issue 66): un comité de un solo tipo de miembro y cupos como máximo.
    "organos crear --nombre «Comité de Municipios» --tipo comite",
    "organos regla-composicion «Comité de Municipios» tipo_de_miembro --tipos municipio --articulo «Reglamento, art. 3»",
    "organos composicion «Comité de Municipios» --json",
    "organos crear --nombre «Comité Ejecutivo» --tipo comite_ejecutivo",
    "organos regla-composicion «Comité Ejecutivo» tamano_fijo --puestos 3",
    "organos regla-composicion «Comité Ejecutivo» por_categoria --pleno 1",
    "organos regla-composicion «Comité Ejecutivo» por_categoria --pleno-maximo 1 --asociado-maximo 0",
    f"organos designar «Comité Ejecutivo» --miembro 1 --cargo titular --desde {HOY}",
    f"organos designar «Comité Ejecutivo» --miembro 2 --cargo titular --desde {HOY}",
    "organos composicion «Comité Ejecutivo» --json",
    # Observadores (issue 80): la calidad propia de un miembro que tiene un mandato con voto (el aviso), su historia,
    # la Asamblea que lo sienta sin voto, y el límite de mandatos.
    f"miembros calidad 1 observador --desde {HOY} --motivo «Resolución 9» --json", "miembros calidad 1 --json",
    "organos composicion 1 --json",
    "organos regla-composicion «Comité Ejecutivo» limite_de_mandatos --seguidos 1",
    # Agrupaciones (issue 80, §2): una subregión con sus países y un miembro suelto, su cupo, el informe por grupo.
    "asociacion agrupacion Subregión «Cono Sur» --paises AR,UY,PY --json",
    "asociacion agrupacion Subregión Andina --paises BO,PE --miembros 3 --json",
    "asociacion agrupacion Subregión Andina --paises AR",   # ya está en el Cono Sur: se rechaza
    "asociacion agrupaciones --json",
    "organos regla-composicion «Comité Ejecutivo» por_agrupacion --agrupacion Subregión --cada-maximo 2 "
    "--grupo Andina=1..",
    "organos composicion «Comité Ejecutivo» --json",
    "asociacion contar-por Subregión --organo 2 --json", "asociacion contar-por tipo_de_miembro --json",
    "asociacion agrupacion Subregión Andina --quitar",   # la regla le fija un cupo: se rechaza
    # Indicadores (issue 80, §4): definir, registrar (y corregir), comparar, exportar; la memoria los cuenta.
    "indicadores definir --nombre «Emisiones por habitante» --unidad tCO2e/hab --sentido menor --decimales 2 --json",
    f"indicadores registrar 1 --miembro 1 --anio {int(HOY[:4]) - 1} --valor 4,8 --evidencia «Inventario» --json",
    f"indicadores registrar 1 --miembro 1 --anio {HOY[:4]} --valor 4,31 --evidencia «Inventario, p. 12»",
    f"indicadores registrar 1 --miembro 2 --anio {HOY[:4]} --valor 5,1 --evidencia Informe",
    f"indicadores registrar 1 --miembro 2 --anio {HOY[:4]} --valor 5 --evidencia Corregido --reemplazar --json",
    "indicadores comparar 1 --json", "indicadores listar --json", "indicadores exportar indicadores.xlsx --reemplazar",
    "indicadores corregir 1 --unidad «tCO2e por habitante» --json", "indicadores quitar 1 --miembro 2 "
    f"--anio {HOY[:4]} --json",
    "cuotas morosidad --json", "sesiones listar", "resoluciones listar", "verificar",
]

# El estado de salida que no es 0 y se espera (docs/cli.md, «Estados de salida»).
ESTADO_ESPERADO = {"documento verificar acta.pdf": 6,   # un borrador auténtico, no el acta aprobada
                   "oradores listar --punto 5:1 --mocion 1 --json": 1,   # la red de ejemplo no tiene mociones
                   "sala reglas --organo 1 --plazo-mociones 5 --por-reforma 1": 1,
                   # cinco países plenos con uno exacto cada uno no caben en tres puestos
                   "organos regla-composicion «Comité Ejecutivo» por_categoria --pleno 1": 1,
                   "asociacion agrupacion Subregión Andina --paises AR": 1,
                   "asociacion agrupacion Subregión Andina --quitar": 1,
                   # Córdoba (2) es argentina como Buenos Aires (1): a lo sumo uno por país
                   f"organos designar «Comité Ejecutivo» --miembro 2 --cargo titular --desde {HOY}": 1}


# Las funciones de datos/ que consultan y este recorrido todavía no alcanza: las prueban en los dos motores las
# pruebas `ambos_motores` de tests/servicios (documentos y firmas, correo, deshacer, memoria, elecciones, aprobación de
# actas, plan de trabajo, cuotas y pagos) y las de tests/servidor. La lista solo se achica: una función nueva que
# consulta entra al recorrido (una orden más en ORDENES) o a una prueba `ambos_motores`, y se anota aquí con cuál.
FUERA_DEL_RECORRIDO = frozenset({
    # El voto electrónico en la sala (issue 85), con códigos al azar que ninguna orden repite igual en los dos motores:
    # tests/servicios/test_voto_electronico.py (ambos_motores).
    "datos.voto_electronico.codigo_por_huella", "datos.voto_electronico.huellas_contadas",
    "datos.voto_electronico.insertar_urna", "datos.voto_electronico.mesa",
    "datos.voto_electronico.miembros_con_codigo", "datos.voto_electronico.miembros_que_participaron",
    "datos.voto_electronico.papeleta",
    "datos.voto_electronico.papeletas", "datos.voto_electronico.sacudir_la_urna", "datos.voto_electronico.sales",
    "datos.voto_electronico.urna", "datos.voto_electronico.urna_abierta", "datos.voto_electronico.voto_nominal",
    "datos.voto_electronico.votos_nominales",
    # Solo las llama la verificación desde un punto de control, que no hay en el servidor (allí siempre es completa):
    # tests/escenarios/test_verificacion_desde_el_punto.py (un miembro repetido después del punto).
    "datos.miembros.claves_desactualizadas_de", "datos.miembros.duplicados_de",
    # la supresión de verdad (el mensaje que la nombra, la sesión de un delegado): test_derechos_de_las_personas.py
    "datos.personas.mensaje", "datos.personas.sesion_de",
    "datos.aprobacion_de_actas.actas_abiertas_hasta", "datos.aprobacion_de_actas.resoluciones_que_aprueban",
    "datos.asociaciones.todas_con_su_papel", "datos.busqueda.pagos_por_recibo", "datos.convenios.partes_externas",
    "datos.correo.contacto_de_la_asociacion", "datos.correo.contactos_de", "datos.correo.cuenta",
    "datos.correo.destinatario", "datos.correo.destinatarios", "datos.correo.mensaje",
    "datos.cuotas.cargos_con_lo_pagado", "datos.cuotas.insertar_lote_de_avisos",
    "datos.cuotas.recibo_del_pago", "datos.deshacer.fila", "datos.deshacer.ultimo_deshecho",
    # Los recibos que las frases de la bitácora citan, por ventanas de números vecinos (solo en el servidor):
    # tests/servicios/test_nombres_citados_en_los_dos_motores.py (ambos_motores).
    "datos.cuotas.recibos_de_los_pagos",
    # La pantalla del proyector (issue 64, §4), que no tiene orden: tests/servicios/test_pantalla_de_la_sala.py.
    "datos.pantalla_de_la_sala.autores_de_la_enmienda", "datos.pantalla_de_la_sala.autores_de_la_mocion",
    "datos.pantalla_de_la_sala.cambios_aprobados", "datos.pantalla_de_la_sala.cambios_de_la_enmienda",
    "datos.pantalla_de_la_sala.enmienda", "datos.pantalla_de_la_sala.mocion",
    "datos.pantalla_de_la_sala.oradores_en_la_sala", "datos.pantalla_de_la_sala.votacion_de_la_sala",
    "datos.documentos.acta_de_la_sesion", "datos.documentos.acta_por_id", "datos.documentos.archivos_de",
    "datos.documentos.archivos_emitidos_desde", "datos.documentos.avisos_posteriores",
    "datos.documentos.cargos_de_la_carta", "datos.documentos.carta_del_renglon",
    "datos.documentos.documento_por_codigo", "datos.documentos.documentos_de",
    "datos.documentos.documentos_de_la_asociacion", "datos.documentos.erratas_del_acta",
    "datos.documentos.firmas_por_sha256", "datos.documentos.resolucion", "datos.elecciones.candidatura",
    "datos.elecciones.electas_sin_confirmar", "datos.elecciones.votos_nominales", "datos.firmas.acta_de_la_sesion",
    "datos.firmas.acta_por_id", "datos.firmas.firma_por_id", "datos.firmas.firmas_por_sha256",
    "datos.firmas.insertar_firma", "datos.firmas.resolucion", "datos.firmas.ultima_firma", "datos.incidentes.anotar",
    "datos.memoria.crear_memoria", "datos.memoria.insertar_seccion", "datos.memoria.seccion",
    "datos.memoria.secciones", "datos.miembros.contacto", "datos.miembros.sin_codigo_con_la_clave",
    "datos.organos.regla_de_composicion_de_la_asociacion",
    "datos.puntos_miembros.nombrar", "datos.puntos_miembros.rechazados_en_la_sesion",
    "datos.regla_de_la_cuota.recalculo_por_baja", "datos.sello_de_tiempo.sello",
    "datos.sesiones.votos_nominales", "datos.unidades.actividad", "datos.unidades.informes",
    "datos.unidades.insertar_informe", "datos.votaciones.insertar_adherente",
    # Las copias firmadas del sitio: tests/documentos/test_copias_firmadas_en_el_sitio.py (archivo) y
    # tests/servidor/test_copias_firmadas_en_el_servidor.py (servidor) firman, publican y leen la página.
    "datos.firmas.firmas_con_pdf",
    # Los consentimientos y el boletín (issue 81 §3): tests/servicios/test_consentimientos.py, `ambos_motores`
    # (registrar, revocar, el boletín que queda sin base, el acceso).
    "datos.consentimientos.uno", "datos.consentimientos.vigente",
    "datos.consentimientos.boletines_sin_base", "datos.consentimientos.direcciones_sin_base",
})


def _argumentos(orden: str, presentes: str) -> list[str]:
    return shlex.split(orden.format(presentes=presentes).replace("«", '"').replace("»", '"'))


# Lo que cada motor dice de sí mismo, y está bien que difiera: quién escribió (en el servidor, el login y el operador;
# en el archivo, el usuario del equipo), la base abierta, las líneas de `verificar` que solo tiene el archivo (sus
# triggers, su testigo, su punto de control: de dónde partió la verificación y el archivo ya comprobado), el código de verificación de un documento y la huella de la bitácora (salen de la identidad
# de cada base y de quién escribió), la hora de lo escrito hoy (cada base se llenó en otro minuto) y lo que tardó.
_PROPIO_DEL_MOTOR = re.compile(r"^(Base|Esquema|Testigo|Archivo|Verificación [a-z]+): .*$\n?|"
                               r"^Verificación desde el punto de control .*$\n?", re.MULTILINE)
_QUIEN = re.compile(r"  (administrador · administrador|root) +|(?<=lo registró )(administrador|root)")
_CODIGO = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b")
_HUELLA = re.compile(r"\b[0-9a-f]{16}…")
_AHORA = re.compile(re.escape(date.today().strftime("%d/%m/%Y")) + r" \d\d:\d\d"
                    "|" + re.escape(date.today().isoformat()) + r" \d\d:\d\d:\d\d")
_SEGUNDOS = re.compile(r'"segundos": [\d.]+')


def _sin_lo_propio_del_motor(texto: str, destino) -> str:
    texto = texto.replace(str(destino), "«base»").replace(sin_clave(str(destino)), "«base»")
    texto = _QUIEN.sub(lambda m: "  «quien» " if m.group(1) else "«quien»", _PROPIO_DEL_MOTOR.sub("", texto))
    texto = _SEGUNDOS.sub('"segundos": «s»', _AHORA.sub("«ahora»", texto))
    return _CODIGO.sub("«código»", _HUELLA.sub("«huella»…", texto))


def _red_con_ordenes(destino, cli) -> list[tuple[str, int, str]]:
    """La red de ejemplo (el mismo servicio que «escritorio demo») y las ORDENES en la base `destino`: (orden, estado
    de salida, lo que mostró sin lo propio del motor)."""
    db = abrir_base(destino)
    try:
        crear_red_demo(db)
    finally:
        db.close()
    salidas, presentes = [], ""
    for orden in ORDENES:
        hecho = cli(*_argumentos(orden, presentes), db=destino)
        if orden == "sesiones asistencia 5 --json" and hecho.returncode == 0:
            presentes = ",".join(str(m["miembro_id"]) for m in json.loads(hecho.stdout)["miembros"])
        clave = urlsplit(str(destino)).password
        assert not clave or clave not in hecho.stdout + hecho.stderr, \
            f"escritorio {orden} muestra la clave del servidor:\n{hecho.stdout}{hecho.stderr}"
        salidas.append((orden, hecho.returncode, _sin_lo_propio_del_motor(hecho.stdout + hecho.stderr, destino)))
    return salidas


def test_la_red_de_ejemplo_y_un_dia_de_oficina_consultan_lo_mismo_en_los_dos_motores(
        ruta_db, url_pg, cli, monkeypatch, capsys):
    # Lo que habló cada orador sale del reloj: con el reloj de verdad una corrida anota 0 s y la otra 1 s según
    # dónde caiga el cambio de segundo. Las dos corridas ven el mismo instante.
    instante = datetime.now(timezone.utc).replace(microsecond=0)
    for modulo in (servicio_oradores, conduccion_de_oradores):   # la conducción (pausar, reanudar) usa el mismo reloj
        monkeypatch.setattr(modulo, "ahora_utc", lambda: instante)
    en_el_archivo, en_el_servidor = Grabadora(), Grabadora()
    with monkeypatch.context() as parche:
        en_el_archivo.colgarse(parche)
        salidas_archivo = _red_con_ordenes(ruta_db, cli)
    with monkeypatch.context() as parche:
        en_el_servidor.colgarse(parche)
        salidas_servidor = _red_con_ordenes(url_pg, cli)

    fallidas = [f"escritorio {o} (estado {e}): {s[:300]}" for o, e, s in salidas_archivo
                if e != ESTADO_ESPERADO.get(o, 0)]
    assert not fallidas, "\n".join(fallidas)
    distintas = [f"escritorio {o}: archivo (estado {e1})\n{s1[:600]}\nservidor (estado {e2})\n{s2[:600]}"
                 for (o, e1, s1), (_, e2, s2) in zip(salidas_archivo, salidas_servidor) if (e1, s1) != (e2, s2)]
    assert not distintas, "\n\n".join(distintas)
    assert not diferencias(en_el_archivo, en_el_servidor), "\n".join(diferencias(en_el_archivo, en_el_servidor))

    todas = funciones_que_consultan()
    vistas = set(en_el_archivo.consultas) | set(en_el_servidor.consultas)
    nuevas = sorted(todas - vistas - FUERA_DEL_RECORRIDO)
    assert not nuevas, ("Estas funciones de datos/ consultan y nada las compara en los dos motores: agregue al "
                        f"recorrido una orden que las use (ORDENES) o pruébelas en una prueba `ambos_motores`: {nuevas}")
    ya_alcanzadas = sorted(FUERA_DEL_RECORRIDO & vistas)
    assert not ya_alcanzadas, f"El recorrido ya alcanza estas funciones: quítelas de FUERA_DEL_RECORRIDO: {ya_alcanzadas}"
    with capsys.disabled():
        print(f"\nParidad de motores: {len(vistas & todas)} de {len(todas)} funciones de datos/ que consultan, "
              f"{sum(len(c) for c in en_el_archivo.consultas.values())} consultas comparadas.")
