"""El filtro de la tabla de Miembros con cien mil filas (interfaz/modelos/miembros.py, issue 48): lo que muestra es lo
mismo que mirar miembro por miembro con la regla de siempre (`_a_mano`), tecla a tecla, aunque la búsqueda
nueva solo mire las filas que dejó la anterior; los textos de búsqueda se preparan solos después de pintar, y el
miembro elegido llega entero."""

from PySide6.QtCore import QSettings

from escritorio.dominio.texto import normalizar
from escritorio.interfaz.modelos.miembros import Criterios, FiltroMiembros, ModeloMiembros
from escritorio.interfaz.vistas.miembros import VistaMiembros
from escritorio.servicios.miembros import listar_padron, padron_de_la_tabla


def _lo_que_se_ve(modelo: ModeloMiembros) -> list[int]:
    return [modelo.miembro(fila)["id"] for fila in range(modelo.rowCount())]


def _a_mano(filas: list[dict], criterios: Criterios) -> list[int]:
    """La regla de siempre, miembro por miembro: el país, el estado y el tipo elegidos, y cada palabra (sin mayúsculas
    ni acentos) en el nombre, el país, la región o el código."""
    def acepta(m: dict) -> bool:
        clave = normalizar(f"{m['nombre']} {m['pais_nombre']} {m['region'] or ''} {m['codigo'] or ''}")
        return ((criterios.pais is None or m["pais"] == criterios.pais)
                and (criterios.estado is None or m["estado"] == criterios.estado)
                and (criterios.tipo is None or m["tipo"] == criterios.tipo)
                and all(palabra in clave for palabra in criterios.palabras))
    return [m["id"] for m in filas if acepta(m)]


def test_tecla_a_tecla_muestra_lo_mismo_que_la_regla_de_siempre(qtbot, demo_abierta):
    from escritorio.servicios.contexto import Contexto

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    filas = listar_padron(contexto)
    modelo = ModeloMiembros()
    modelo.cargar(padron_de_la_tabla(contexto))
    assert _lo_que_se_ve(modelo) == [m["id"] for m in filas]
    pais = filas[0]["pais"]
    pasos = [  # escribir (estrecha), borrar (ensancha), otra palabra, un país, un estado, quitar todo
        {"texto": "s"}, {"texto": "sa"}, {"texto": "san"}, {"texto": "san "}, {"texto": "san j"}, {"texto": "sa"},
        {"texto": "a"}, {"texto": "a", "pais": pais}, {"texto": "an", "pais": pais}, {"texto": "an", "pais": None},
        {"texto": "an", "estado": "activo"}, {"texto": "ano", "estado": "activo"}, {"texto": "", "estado": None},
        {"texto": "ÁVILA sao"}, {"texto": "zzz no existe"}, {"texto": ""}]
    for paso in pasos:
        criterios = Criterios(paso["texto"], paso.get("pais"), paso.get("estado"), paso.get("tipo"))
        modelo.filtrar(criterios)
        assert _lo_que_se_ve(modelo) == _a_mano(filas, criterios), paso
    modelo.sort(3)   # por población: el filtro sigue valiendo sobre el orden nuevo
    criterios = Criterios("san")
    modelo.filtrar(criterios)
    por_poblacion = sorted(filas, key=lambda m: m["poblacion"] or 0)
    assert sorted(_lo_que_se_ve(modelo)) == sorted(_a_mano(por_poblacion, criterios))


def test_estrechar_solo_cuando_lo_nuevo_esta_dentro_de_lo_anterior():
    assert Criterios("san j").estrechan(Criterios("san"))
    assert Criterios("san").estrechan(Criterios("sa"))
    assert Criterios("juan san").estrechan(Criterios("san"))
    assert not Criterios("sa").estrechan(Criterios("san"))          # borrar ensancha
    assert not Criterios("san", pais="UY").estrechan(Criterios("san", pais="AR"))
    assert not Criterios("san").estrechan(Criterios("san", pais="AR"))   # quitar el país ensancha


def test_los_textos_de_busqueda_se_preparan_solos_despues_de_cargar(qtbot, tmp_path, demo_abierta):
    from escritorio.servicios.oficina import Oficina

    db, asociacion = demo_abierta
    vista = VistaMiembros(QSettings(str(tmp_path / "vista.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(Oficina(db, asociacion))
    vista.show()
    modelo = vista.modelo
    # Los textos de búsqueda ya preparados (`modelo.claves` prepararía ahora los que faltan): no antes de pintar.
    assert len(modelo._claves) < modelo.total
    qtbot.waitUntil(lambda: len(modelo._claves) == modelo.total, timeout=5000)
    qtbot.keyClicks(vista.busqueda, "rosario")
    assert vista.filtro.rowCount() >= 1
    elegido = modelo.miembro(0)
    assert set(elegido) >= {"id", "nombre", "pais", "pais_nombre", "estado", "poblacion"}
    assert "rosario" in normalizar(elegido["nombre"] + " " + (elegido["region"] or ""))
    assert isinstance(vista.filtro, FiltroMiembros)


def test_la_apertura_lee_la_primera_pantalla_si_la_ventana_abre_en_miembros(tmp_path, copia_de_la_demo, monkeypatch):
    """El hilo que abre la base lee la primera pantalla del padrón de la asociación que se verá (apertura.py), solo
    si la ventana abrirá en Miembros, con los países en el idioma que tendrá la ventana; la fila de Miembros que mira
    es la de la ventana."""
    from escritorio.interfaz.apertura import AREA_MIEMBROS, _padron_que_mostrara, abrir_para_la_ventana
    from escritorio.interfaz.ventana_principal import indice_del_area
    from escritorio.servicios.padron_por_partes import PRIMERA_PANTALLA

    assert AREA_MIEMBROS == indice_del_area("miembros")
    monkeypatch.delenv("ESCRITORIO_IDIOMA")   # el idioma elegido en la ventana, no el que fijan las pruebas
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ajustes.setValue("ventana/area", indice_del_area("cuotas"))
    assert _padron_que_mostrara(ajustes) is None
    ajustes.setValue("ventana/area", AREA_MIEMBROS)
    ajustes.setValue("idioma", "pt_BR")
    ajustes.sync()
    que = _padron_que_mostrara(ajustes)
    assert que.sigla is None and que.idioma() == "pt"
    ajustes.setValue("ultima_asociacion", "RCS")
    ajustes.sync()
    que = _padron_que_mostrara(ajustes)
    assert que.sigla == "RCS"
    db = abrir_para_la_ventana(copia_de_la_demo, padron=que)
    try:
        adelantada = db.estado.padron_adelantado
        assert adelantada is not None and adelantada.idioma == "pt"
        assert len(adelantada.padron.filas) == PRIMERA_PANTALLA and adelantada.padron.total == 300
        assert adelantada.padron.paises["BR"] == "Brasil" and adelantada.padron.paises.get("ES", "Espanha") == "Espanha"
    finally:
        db.close()
