"""El resultado de una votación o de una elección se guarda como datos y se escribe en el idioma de quien lo lee
(issue 61, punto 2): la ventana en el suyo, la CLI en castellano, los documentos en el de la asociación; un acta
aprobada, como se aprobó.

La red de ejemplo la creó «escritorio demo» (un proceso): sus votaciones y su elección se guardaron con la frase en
castellano. Aquí una asociación que escribe sus documentos en portugués cierra una votación con la CLI (un proceso):
la frase queda guardada en portugués, la CLI la dice en castellano y la ventana, abierta después sobre la base
cerrada, en el idioma de la ventana.
"""

from contextlib import closing
import json
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from escritorio.interfaz.idioma import instalar_idioma
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from ayudas import oficina_de, sin_traza

SESION_NUEVA, PUNTO_DEL_PRESUPUESTO = 5, 14
ELECCION_DE_LA_DEMO, SESION_DE_LA_ELECCION, VOTACION_DE_LA_DEMO = 8, 2, 6


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def texto_pdf(ruta) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


def guardado(ruta, tabla: str, punto_id: int) -> str:
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        return conexion.execute(f"SELECT texto_resultado FROM {tabla} WHERE punto_id = ?", [punto_id]).fetchone()[0]


@pytest.fixture
def votada_en_portugues(copia_de_la_demo, cli, cli_proceso):
    """La demo con sus documentos en portugués y una Asamblea nueva cuyo presupuesto se votó con la CLI como proceso:
    (base, lo que la CLI dijo al votar)."""
    base = copia_de_la_demo
    ok(cli("asociacion", "editar", "--idioma-documentos", "pt", db=base))
    ok(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha", "2026-12-10", "--hora", "10:00",
           "--lugar", "Montevideo", db=base))
    ok(cli("sesiones", "punto", str(SESION_NUEVA), "--titulo", "Presupuesto 2027", "--tipo", "votacion",
           "--decision", "cuotas_presupuesto", db=base))
    ok(cli("sesiones", "asistencia", str(SESION_NUEVA), "--presentes", "1-147,149-160", "--excusados", "161",
           db=base))
    dicho = ok(cli_proceso("sesiones", "votar", str(PUNTO_DEL_PRESUPUESTO), "--a-favor", "120", "--en-contra", "20",
                           "--abstenciones", "5", db=base))
    return base, dicho


def test_la_cli_dice_el_resultado_en_castellano_aunque_se_guardo_en_portugues(votada_en_portugues):
    base, dicho = votada_en_portugues
    # Guardado en el idioma de los documentos de la asociación (el acta lo cita)…
    assert guardado(base, "votaciones", PUNTO_DEL_PRESUPUESTO).startswith("Aprovada: 120 a favor, 20 contra, 5 abstenções")
    # …y dicho en el de la línea de órdenes.
    assert "Aprobada: 120 a favor, 20 en contra, 5 abstenciones; mayoría simple" in dicho, dicho
    assert "Aprovada" not in dicho and "abstenções" not in dicho


def test_un_acta_en_castellano_escribe_el_resultado_en_castellano_y_la_de_la_demo_no_cambia(votada_en_portugues, cli):
    base, _ = votada_en_portugues
    carpeta = base.parent
    # El borrador del acta de la sesión nueva pedido en castellano: el resultado, escrito con sus datos en castellano.
    ok(cli("--idioma", "es", "sesiones", "acta", str(SESION_NUEVA), str(carpeta / "nueva.pdf"), db=base))
    nueva = texto_pdf(carpeta / "nueva.pdf")
    assert "Votación a mano alzada. Aprobada: 120 a favor, 20 en contra, 5 abstenciones" in nueva, nueva[-1500:]
    assert "Aprovada" not in nueva
    # El de la sesión 4 de la demo (borrador, votada con la frase en castellano): la misma frase que se guardó.
    ok(cli("--idioma", "es", "sesiones", "acta", "4", str(carpeta / "demo.pdf"), db=base))
    frase = guardado(base, "votaciones", 13)
    assert " ".join(f"Votación a mano alzada. {frase}".split()) in texto_pdf(carpeta / "demo.pdf")
    # En portugués (el idioma de la asociación), la misma votación de la demo en portugués.
    ok(cli("sesiones", "acta", "4", str(carpeta / "demo_pt.pdf"), db=base))
    em_portugues = texto_pdf(carpeta / "demo_pt.pdf")
    assert "Votação por mão levantada. Aprovada: 14 a favor, 1 contra, 0 abstenções" in em_portugues
    # La regla que pedía el órgano, guardada en castellano, también se escribe en portugués (con su artículo).
    assert "mais votos a favor do que contra, sem contar as abstenções (Estatuto, art. 20)" in em_portugues
    assert "sin contar las abstenciones" not in em_portugues and "Aprobada" not in em_portugues


@pytest.fixture
def ventana(qtbot):
    """Abre la base (ya cerrada por la CLI) en una ventana en `codigo`; devuelve la vista de sesiones."""
    abiertas = []

    def abrir(ruta, codigo: str) -> VistaSesiones:
        instalar_idioma(QApplication.instance(), codigo)
        db = abrir_base(ruta)
        abiertas.append(db)
        vista = VistaSesiones()
        qtbot.addWidget(vista)
        vista.resize(1150, 800)
        vista.show()
        vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
        return vista

    yield abrir
    for db in abiertas:
        db.close()


def resultado_de(vista: VistaSesiones, sesion_id: int, punto_id: int) -> tuple[str, str]:
    """(rótulo «Votación cerrada · …», resultado) de la votación cerrada de un punto, en la pestaña Votaciones."""
    vista.ir_a_la_votacion(sesion_id, punto_id)
    votaciones = vista.editor.votaciones
    assert votaciones.cerrada.isVisible() and votaciones.resultado.isVisible()
    return votaciones.cerrada.text(), votaciones.texto_resultado


@pytest.mark.parametrize("codigo, metodo, esperado, ajenos", [
    ("pt_BR", "por mão levantada", "Aprovada: 120 a favor, 20 contra, 5 abstenções; maioria simples",
     ("Aprobada", "abstenciones", "a mano alzada")),
    ("en", "show of hands", "Approved: 120 in favor, 20 against, 5 abstentions; simple majority",
     ("Aprobada", "Aprovada", "a mano alzada")),
    ("es", "a mano alzada", "Aprobada: 120 a favor, 20 en contra, 5 abstenciones; mayoría simple",
     ("Aprovada", "abstenções", "mão levantada")),
])
def test_la_ventana_escribe_la_votacion_en_su_idioma(votada_en_portugues, ventana, codigo, metodo, esperado, ajenos):
    base, _ = votada_en_portugues
    vista = ventana(base, codigo)
    rotulo, resultado = resultado_de(vista, SESION_NUEVA, PUNTO_DEL_PRESUPUESTO)
    assert metodo in rotulo.lower(), rotulo
    assert esperado in resultado, resultado
    assert not any(palabra in resultado or palabra in rotulo for palabra in ajenos), (rotulo, resultado)


def test_la_ventana_en_portugues_escribe_en_portugues_lo_cerrado_con_un_acta_ya_aprobada(copia_de_la_demo, ventana):
    """La sesión 2 de la demo tiene el acta aprobada (congelada): la ventana escribe la votación y la elección con sus
    datos, en portugués; el acta aprobada sigue como se aprobó, en castellano."""
    vista = ventana(copia_de_la_demo, "pt_BR")
    rotulo, resultado = resultado_de(vista, SESION_DE_LA_ELECCION, VOTACION_DE_LA_DEMO)
    assert "por mão levantada" in rotulo.lower() and resultado.startswith("Aprovada: 15 a favor, 0 contra"), resultado
    vista.editor.votaciones.seleccionar(ELECCION_DE_LA_DEMO)
    panel = vista.editor.votaciones.panel_eleccion
    assert panel.texto_resultado.startswith("Foi eleita a candidatura de Mar del Plata (Patricia Sosa), com 9 votos; "
                                            "eram necessários 8"), panel.texto_resultado
    assert "Resultó" not in panel.texto_resultado and "se requerían" not in panel.texto_resultado
    # El acta aprobada no se reescribe: su texto es el que se aprobó (en castellano).
    acta = json.dumps(vista.editor.acta.contenido.puntos, ensure_ascii=False)
    assert "Resultó electa la candidatura de Mar del Plata" in acta and "Foi eleita" not in acta


def test_verificar_en_la_ventana_en_portugues_informa_en_portugues(copia_de_la_demo, qtbot, cli_proceso):
    """Archivo › Verificar la base en una ventana en portugués: lo que informa de una base sana (cada renglón), un
    cambio sin sellar y el incidente que queda cuando Escritorio lo sella aparte salen en portugués, y dicen qué hacer
    con lo que la ventana muestra, no con la orden. La línea de órdenes sigue diciéndolo en castellano."""
    from escritorio.dominio import puerta
    from escritorio.interfaz.dialogos.verificar_base import DialogoVerificarBase

    def informe() -> str:
        db = abrir_base(copia_de_la_demo, comprobacion_completa=True)
        try:
            dialogo = DialogoVerificarBase(oficina_de(db))
            qtbot.addWidget(dialogo)
            dialogo.show()
            return dialogo.informe.toPlainText()
        finally:
            db.close()

    with closing(sqlite3.connect(copia_de_la_demo)) as conexion, conexion:   # otro programa escribe en la base cerrada
        conexion.execute("UPDATE miembros SET correo = 'otro@ejemplo.org' WHERE id = 1")
    instalar_idioma(QApplication.instance(), "pt_BR")
    puerta.fijar_del_proceso(puerta.VENTANA)   # como la fija la ventana al abrirse
    sin_sellar = informe()
    assert "Registro de auditoria: 1 registros sem selo" in sin_sellar, sin_sellar
    assert "Arquivo > Registro de auditoria" in sin_sellar and "escritorio bitacora listar" not in sin_sellar
    assert "menu Arquivo, «Restaurar backup…»" in sin_sellar and "escritorio respaldo restaurar" not in sin_sellar

    # La CLI (un proceso) escribe: Escritorio sella aparte lo ajeno, como un incidente; y lo dice en castellano.
    ok(cli_proceso("asociacion", "crear", "--nombre", "Red del Litoral", "--sigla", "ZZL", db=copia_de_la_demo))
    dicho = cli_proceso("verificar", db=copia_de_la_demo)
    assert dicho.returncode == 1 and "Incidente 1 (notado el" in dicho.stderr, dicho.stderr
    assert "escritorio verificar --reconocer 1" in dicho.stderr and "registros en" in dicho.stdout, dicho.stdout

    texto = informe()
    assert "Incidente 1 (notado em" in texto and "«Reconhecer»" in texto, texto
    assert "membros: alteração na linha 1" in texto or "miembros: alteração na linha 1" in texto, texto
    assert "escritorio verificar --reconocer" not in texto and "escritorio respaldo restaurar" not in texto
    for castellano in ("registros en", "transacciones selladas", "Datos: cada fila", "presentes y sin cambios",
                       "migraciones aplicadas", "todas iguales a lo aprobado", "Lo congelado", "que anotó sigue",
                       "Miembros:", "Asociaciones:", "notado el", "Qué hacer", "escribió en la base"):
        assert castellano not in texto, (castellano, texto)
    assert "registros em" in texto and "migrações aplicadas" in texto, texto


def test_verificar_en_portugues_una_copia_vieja_puesta_a_mano(copia_de_la_demo, qtbot, cli_proceso, tmp_path):
    """Una copia vieja de la base puesta a mano encima (sin «Restaurar respaldo…»): la ventana en portugués dice lo
    que vio el testigo en portugués y cómo explicarlo con sus propios controles."""
    import shutil

    from escritorio.dominio import puerta
    from escritorio.interfaz.dialogos.verificar_base import DialogoVerificarBase

    ruta = copia_de_la_demo
    ok(cli_proceso("asociacion", "listar", db=ruta))   # la base abre y el testigo anota su cabeza
    vieja = tmp_path / "copia-vieja.db"
    shutil.copy(ruta, vieja)
    ok(cli_proceso("asociacion", "crear", "--nombre", "Red del Cono Sur", "--sigla", "ZZCS", db=ruta))
    for sufijo in ("-wal", "-shm"):
        ruta.with_name(ruta.name + sufijo).unlink(missing_ok=True)
    shutil.copy(vieja, ruta)

    instalar_idioma(QApplication.instance(), "pt_BR")
    puerta.fijar_del_proceso(puerta.VENTANA)
    db = abrir_base(ruta)
    try:
        dialogo = DialogoVerificarBase(oficina_de(db))
        qtbot.addWidget(dialogo)
        dialogo.show()
        texto = dialogo.informe.toPlainText()
    finally:
        db.close()
    assert "Testemunha: registros do banco de dados foram apagados" in texto, texto
    assert "em «Faltam alterações que a testemunha viu», e clique em «Reconhecer»" in texto, texto
    assert "--restauracion-manual" not in texto and "Qué hacer" not in texto and "Testigo:" not in texto, texto


def test_la_memoria_en_portugues_escribe_la_eleccion_en_portugues(copia_de_la_demo, cli, tmp_path):
    """La memoria anual pedida en portugués: la elección de la demo (guardada en castellano) sale en portugués."""
    ok(cli("--idioma", "pt", "memoria", "2026", str(tmp_path / "memoria.pdf"), db=copia_de_la_demo))
    texto = texto_pdf(tmp_path / "memoria.pdf")
    assert "Foi eleita a candidatura de Mar del Plata (Patricia Sosa), com 9 votos" in texto, texto[:3000]
    assert "Resultó electa" not in texto


def test_verificar_en_portugues_un_mandato_de_quien_no_era_miembro(copia_de_la_demo, qtbot, cli_proceso):
    """Un mandato de una ciudad solicitante (escrito por fuera de Escritorio): la ventana en portugués lo dice en
    portugués y nombra su botón «Encerrar mandato…», no la orden."""
    import re

    from escritorio.dominio import puerta
    from escritorio.interfaz.dialogos.verificar_base import DialogoVerificarBase

    salida = ok(cli_proceso("miembros", "solicitud", "--nombre", "Villa Solicitante", "--pais", "PE", "--fecha",
                            "2026-11-01", db=copia_de_la_demo))
    solicitante = int(re.search(r"id (\d+)", salida).group(1))
    with closing(sqlite3.connect(copia_de_la_demo)) as conexion, conexion:   # por fuera de Escritorio (o una versión anterior)
        consejo = conexion.execute("SELECT id FROM organos WHERE nombre = 'Consejo'").fetchone()[0]
        mandato = conexion.execute(
            "INSERT INTO mandatos (organo_id, miembro_id, cargo, con_voto, desde, hasta) "
            "VALUES (?, ?, 'titular', 1, '2026-12-01', '2028-11-30')", [consejo, solicitante]).lastrowid
    conexion.close()

    instalar_idioma(QApplication.instance(), "pt_BR")
    puerta.fijar_del_proceso(puerta.VENTANA)
    db = abrir_base(copia_de_la_demo)
    try:
        dialogo = DialogoVerificarBase(oficina_de(db))
        qtbot.addWidget(dialogo)
        dialogo.show()
        texto = dialogo.informe.toPlainText()
    finally:
        db.close()
    assert (f"Mandato {mandato} em Consejo: Villa Solicitante (id {solicitante}) não era membro em 2026-12-01, "
            "quando começa (solicitante, não admitida)") in texto, texto
    assert "encerre-o com «Encerrar mandato…» em Órgãos" in texto and "terminar-mandato" not in texto, texto
