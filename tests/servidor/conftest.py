"""Lo que comparten las pruebas del modo servidor. La red de ejemplo en el servidor (`demo_en_el_servidor`) está con
las demás bases del servidor de pruebas, en tests/servidor_postgres.py: se sube una vez por proceso y cada prueba
recibe una copia nueva. Que «escritorio servidor subir» la lleve entera lo prueba tests/servidor/test_traslado.py con la
orden de verdad."""
